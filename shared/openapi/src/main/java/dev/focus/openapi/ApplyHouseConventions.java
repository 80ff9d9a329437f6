package dev.focus.openapi;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ApplyHouseConventions <folder>}: completes every OpenAPI document in the folder (micronaut-openapi's
 * META-INF/swagger) in place, and exits non-zero naming each violation, so a function with a broken contract
 * does not build.
 */
public final class ApplyHouseConventions {

    private ApplyHouseConventions() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ApplyHouseConventions <folder of OpenAPI YAML documents>");
        }
        List<String> violations = applyAll(Path.of(args[0]));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document breaks the house conventions:\n  - "
                    + String.join("\n  - ", violations));
        }
    }

    static List<String> applyAll(Path folder) throws IOException {
        List<String> violations = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return violations;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> document = yaml().load(Files.readString(file, StandardCharsets.UTF_8));
                for (String violation : HouseConventions.apply(document)) {
                    violations.add(file.getFileName() + ": " + violation);
                }
                Files.writeString(file, yaml().dump(document), StandardCharsets.UTF_8);
            }
        }
        return violations;
    }

    private static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setWidth(120);
        LoaderOptions load = new LoaderOptions();
        return new Yaml(new SafeConstructor(load), new Representer(dump), dump, load);
    }
}
