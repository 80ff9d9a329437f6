package dev.focus.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.focus.resources.FunctionDefinition;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * A Focus stage synthesized once per JVM the way {@code cdk synth} does it (cdk.json's context plus overrides,
 * {@link FocusApp#define}), against a temporary repository root holding a small dummy jar per function.
 * Templates are read back from the cloud assembly on disk: what {@code cdk deploy} would upload.
 */
final class SynthesizedFocus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SynthesizedFocus dev;

    final StageConfig config;
    final Blueprint blueprint;
    final Path repoRoot;
    final Path assemblyDir;
    private final Map<String, Map<String, Object>> templates = new HashMap<>();
    private final Map<String, Template> assertions = new HashMap<>();

    private SynthesizedFocus(Map<String, String> contextOverrides, Blueprint blueprint) {
        this.blueprint = blueprint;
        try {
            // Under target/ so that `clean` removes every assembly the tests write.
            Path target = Files.createDirectories(Path.of("target", "synth-tests"));
            Path work = Files.createTempDirectory(target.toAbsolutePath(), "focus-");
            this.repoRoot = dummyRepository(work.resolve("repo"), blueprint.functions());
            var context = new HashMap<String, Object>(cdkJsonContext());
            context.putAll(contextOverrides);
            context.put("repoRoot", repoRoot.toString());
            App app = App.Builder.create().outdir(work.resolve("cdk.out").toString()).context(context).build();
            FocusApp.define(app, blueprint);
            CloudAssembly assembly = app.synth();
            this.assemblyDir = Path.of(assembly.getDirectory());
            this.config = StageConfig.fromContext(app.getNode());
            for (var stack : assembly.getStacks()) {
                templates.put(stack.getStackName(), read(Path.of(stack.getTemplateFullPath())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dev stage of the real Focus blueprint, as cdk.json configures it. */
    static synchronized SynthesizedFocus dev() {
        if (dev == null) {
            dev = new SynthesizedFocus(Map.of(), Blueprint.focus());
        }
        return dev;
    }

    static SynthesizedFocus synthesize(Map<String, String> contextOverrides, Blueprint blueprint) {
        return new SynthesizedFocus(contextOverrides, blueprint);
    }

    String stackName(String part) {
        return FocusCloud.stackName(config, part);
    }

    Map<String, Object> rawTemplate(String part) {
        Map<String, Object> template = templates.get(stackName(part));
        if (template == null) {
            throw new IllegalArgumentException("no stack " + stackName(part) + " in " + templates.keySet());
        }
        return template;
    }

    /** The CDK assertions view of a stack's template, parsed once. */
    synchronized Template template(String part) {
        return assertions.computeIfAbsent(part, p -> Template.fromJSON(rawTemplate(p)));
    }

    /** Logical id to resource, for every resource of this type in the stack. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources(String part, String type) {
        var found = new HashMap<String, Map<String, Object>>();
        ((Map<String, Object>) rawTemplate(part).get("Resources")).forEach((id, resource) -> {
            var map = (Map<String, Object>) resource;
            if (type.equals(map.get("Type"))) {
                found.put(id, map);
            }
        });
        return found;
    }

    /** The single resource of this type whose property has this value. */
    Map.Entry<String, Map<String, Object>> resourceWith(String part, String type, String property, Object value) {
        var matches = resources(part, type).entrySet().stream()
                .filter(entry -> value.equals(properties(entry.getValue()).get(property))).toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one " + type + " with " + property + "=" + value + " in " + part
                    + ", found " + matches.size());
        }
        return matches.getFirst();
    }

    /** The function {@code focus-<stage>-<name>} of the api stack. */
    Map.Entry<String, Map<String, Object>> function(String name) {
        return resourceWith("Api", "AWS::Lambda::Function", "FunctionName", "focus-" + config.stage() + "-" + name);
    }

    /** The alias of the function with this logical id. */
    Reference aliasOf(String functionId) {
        var entry = resourceWith("Api", "AWS::Lambda::Alias", "FunctionName", Map.of("Ref", functionId));
        return new Reference("Api", entry.getKey(), entry.getValue());
    }

    /** Every statement of every policy attached to the role of function {@code focus-<stage>-<name>}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> policyStatements(String name) {
        Object role = properties(function(name).getValue()).get("Role");
        String roleId = (String) ((List<Object>) ((Map<String, Object>) role).get("Fn::GetAtt")).getFirst();
        var statements = new ArrayList<Map<String, Object>>();
        resources("Api", "AWS::IAM::Policy").values().stream()
                .filter(policy -> ((List<Object>) properties(policy).get("Roles")).contains(Map.of("Ref", roleId)))
                .forEach(policy -> statements.addAll((List<Map<String, Object>>)
                        ((Map<String, Object>) properties(policy).get("PolicyDocument")).get("Statement")));
        return statements;
    }

    @SuppressWarnings("unchecked")
    static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? (List<String>) list : List.of((String) action);
    }

    @SuppressWarnings("unchecked")
    static List<Object> statementResources(Map<String, Object> statement) {
        Object resource = statement.get("Resource");
        return resource instanceof List<?> list ? (List<Object>) list : List.of(resource);
    }

    /**
     * The alias an event source mapping invokes: its {@code FunctionName} is {@code <function>:live}, the
     * function part cut out of the alias ARN ({@code Ref} of the alias).
     */
    @SuppressWarnings("unchecked")
    Reference aliasInvokedBy(Map<String, Object> mapping) {
        var parts = (List<Object>) ((List<Object>) ((Map<String, Object>) mapping.get("FunctionName")).get("Fn::Join")).get(1);
        if (!(":" + FocusFunction.ALIAS).equals(parts.get(1))) {
            throw new AssertionError("the mapping invokes no alias " + FocusFunction.ALIAS + ": " + mapping.get("FunctionName"));
        }
        var select = (List<Object>) ((Map<String, Object>) parts.get(0)).get("Fn::Select");
        var split = (List<Object>) ((Map<String, Object>) select.get(1)).get("Fn::Split");
        return follow("Api", split.get(1));
    }

    /** The integration an API Gateway route targets ({@code integrations/<id>}). */
    Reference integrationOf(Map<String, Object> route) {
        List<Object> target = joined(properties(route).get("Target"));
        if (target.size() != 2 || !"integrations/".equals(target.getFirst())) {
            throw new AssertionError("the route targets no integration: " + target);
        }
        Reference integration = follow("Api", target.get(1));
        if (!"AWS::ApiGatewayV2::Integration".equals(integration.type())) {
            throw new AssertionError("the route targets a " + integration.type());
        }
        return integration;
    }

    /** The parts of an {@code Fn::Join} with an empty separator. */
    @SuppressWarnings("unchecked")
    static List<Object> joined(Object value) {
        var join = (List<Object>) ((Map<String, Object>) value).get("Fn::Join");
        if (join == null || !"".equals(join.getFirst())) {
            throw new AssertionError("not an Fn::Join with an empty separator: " + value);
        }
        return (List<Object>) join.get(1);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
    }

    /**
     * Follows a reference to the resource it names, across stacks: {@code Fn::ImportValue} to the exporting
     * stack's output, then {@code Ref} or {@code Fn::GetAtt} to the resource. Returns stack part and resource.
     */
    @SuppressWarnings("unchecked")
    Reference follow(String part, Object value) {
        var map = (Map<String, Object>) value;
        if (map.containsKey("Fn::ImportValue")) {
            String export = (String) map.get("Fn::ImportValue");
            for (String candidate : List.of("Data", "Async", "Email", "Api", "Observability")) {
                var outputs = (Map<String, Object>) rawTemplate(candidate).getOrDefault("Outputs", Map.of());
                for (Object output : outputs.values()) {
                    var o = (Map<String, Object>) output;
                    var exported = (Map<String, Object>) o.get("Export");
                    if (exported != null && export.equals(exported.get("Name"))) {
                        return follow(candidate, o.get("Value"));
                    }
                }
            }
            throw new AssertionError("no stack exports " + export);
        }
        String logicalId = map.containsKey("Ref") ? (String) map.get("Ref")
                : (String) ((List<Object>) map.get("Fn::GetAtt")).getFirst();
        var resources = (Map<String, Object>) rawTemplate(part).get("Resources");
        var resource = (Map<String, Object>) resources.get(logicalId);
        if (resource == null) {
            throw new AssertionError(value + " names no resource of " + part);
        }
        return new Reference(part, logicalId, resource);
    }

    record Reference(String part, String logicalId, Map<String, Object> resource) {
        String type() {
            return (String) resource.get("Type");
        }

        Object property(String name) {
            return properties(resource).get(name);
        }
    }

    /** A repository root as {@link RepositoryJars#above} recognises it, with a distinct tiny jar per function. */
    static Path dummyRepository(Path root, List<FunctionDefinition> functions) throws IOException {
        Files.createDirectories(root.resolve("infra-cdk"));
        Files.writeString(root.resolve("mvnw"), "#!/bin/sh\n");
        for (FunctionDefinition function : functions) {
            Path jar = root.resolve(function.jar());
            Files.createDirectories(jar.getParent());
            try (OutputStream out = Files.newOutputStream(jar); var zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("META-INF/focus-function.txt"));
                zip.write(function.name().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cdkJsonContext() throws IOException {
        Path cdkJson = Path.of("cdk.json");
        var json = JSON.readValue(cdkJson.toFile(), Map.class);
        return (Map<String, Object>) json.get("context");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Map.class);
    }
}
