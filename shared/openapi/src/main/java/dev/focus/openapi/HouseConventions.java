package dev.focus.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Completes one OpenAPI document (as YAML maps) with the kernel's answers and lists what is wrong with it. */
final class HouseConventions {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private HouseConventions() {
    }

    /** Changes {@code document} in place; answers the violations that no convention can mend (empty when none). */
    static List<String> apply(Map<String, Object> document) {
        List<String> violations = new ArrayList<>();
        addProblemSchemas(document);
        Map<String, Object> paths = map(document, "paths");
        Map<String, String> templates = new TreeMap<>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            String shape = path.getKey().replaceAll("\\{[^}]+}", "{}");
            String earlier = templates.putIfAbsent(shape, path.getKey());
            if (earlier != null) {
                violations.add("paths " + earlier + " and " + path.getKey() + " differ only in a variable's name,"
                        + " which OpenAPI forbids: name the variable alike in both");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) path.getValue();
            for (Map.Entry<String, Object> operation : item.entrySet()) {
                if (METHODS.contains(operation.getKey())) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> op = (Map<String, Object>) operation.getValue();
                    completeOperation(operation.getKey().toUpperCase() + " " + path.getKey(), op, violations);
                }
            }
        }
        requireEveryResponseField(document);
        return violations;
    }

    /**
     * The house serializes every field of an answer, null or not (HouseJsonConventions), so each property of a schema
     * that only answers carry is required: present, though it may be null where it is nullable.
     */
    @SuppressWarnings("unchecked")
    private static void requireEveryResponseField(Map<String, Object> document) {
        Set<String> sent = new java.util.TreeSet<>();
        Set<String> answered = new java.util.TreeSet<>();
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        for (Object item : map(document, "paths").values()) {
            for (Map.Entry<String, Object> operation : ((Map<String, Object>) item).entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                collectRefs(op.get("requestBody"), schemas, sent);
                collectRefs(op.get("parameters"), schemas, sent);
                collectRefs(op.get("responses"), schemas, answered);
            }
        }
        answered.removeAll(sent);
        answered.removeAll(Set.of("Problem", "FieldError"));
        for (String name : answered) {
            Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
            if (schema != null && schema.get("properties") instanceof Map<?, ?> properties && !properties.isEmpty()) {
                schema.put("required", new ArrayList<>(new java.util.TreeSet<>((Set<String>) properties.keySet())));
            }
        }
    }

    /** Every schema named by a $ref under {@code node}, and the schemas those name in turn. */
    @SuppressWarnings("unchecked")
    private static void collectRefs(Object node, Map<String, Object> schemas, Set<String> found) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if ("$ref".equals(entry.getKey()) && entry.getValue() instanceof String ref
                        && ref.startsWith("#/components/schemas/")) {
                    String name = ref.substring("#/components/schemas/".length());
                    if (found.add(name)) {
                        collectRefs(schemas.get(name), schemas, found);
                    }
                } else {
                    collectRefs(entry.getValue(), schemas, found);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object element : list) {
                collectRefs(element, schemas, found);
            }
        }
    }

    private static void completeOperation(String name, Map<String, Object> op, List<String> violations) {
        if (!op.containsKey("operationId")) {
            violations.add(name + " has no operationId: name the controller method");
        }
        Map<String, Object> responses = map(op, "responses");
        if (op.containsKey("requestBody")) {
            mention(responses, "400", "MALFORMED_JSON (not one UTF-8 JSON document), VALIDATION_FAILED (one entry per bad field)");
            mention(responses, "415", "UNSUPPORTED_MEDIA_TYPE: send the body as application/json");
        }
        // the kernel holds every query value to the text rules, declared or not
        mention(responses, "400", "INVALID_PARAMETER (a path or query value no valid value has)");
        mention(responses, "406", "NOT_ACCEPTABLE: the Accept header names no JSON type");
        if (op.containsKey("security")) {
            mention(responses, "401", "UNAUTHORIZED, or TOKEN_EXPIRED: refresh the access token");
        }
        for (Map.Entry<String, Object> response : responses.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) response.getValue();
            if (!response.getKey().matches("\\d{3}")) {
                continue;
            }
            int status = Integer.parseInt(response.getKey());
            if (status >= 400) {
                Map<String, Object> schema = new LinkedHashMap<>(Map.of("$ref", PROBLEM_REF));
                Map<String, Object> mediaType = new LinkedHashMap<>(Map.of("schema", schema));
                answer.put("content", new LinkedHashMap<>(Map.of(PROBLEM_MEDIA_TYPE, mediaType)));
            } else if (status >= 200 && status < 300 && status != 204 && !answer.containsKey("content")) {
                violations.add(name + " answers " + status + " without a schema: give its @ApiResponse a content");
            }
        }
    }

    /** Adds the response if missing, or the sentence to its description if it does not say it yet. */
    private static void mention(Map<String, Object> responses, String status, String sentence) {
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) responses.computeIfAbsent(status,
                s -> new LinkedHashMap<>(Map.of("description", sentence)));
        String description = String.valueOf(response.getOrDefault("description", ""));
        String firstCode = sentence.split("[ :(,]")[0];
        if (!description.contains(firstCode)) {
            response.put("description", description.isBlank() ? sentence : description + "; " + sentence);
        }
    }

    private static void addProblemSchemas(Map<String, Object> document) {
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        schemas.put("FieldError", object(List.of("field", "message"), Map.of(
                "field", Map.of("type", "string", "description", "the field's JSON name, dotted for nested fields"),
                "message", Map.of("type", "string", "description", "what is wrong with it"))));
        Map<String, Object> errors = Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/FieldError"),
                "description", "one entry per bad field of a VALIDATION_FAILED or INVALID_PARAMETER, else empty");
        Map<String, Object> problem = object(List.of("type", "title", "status", "detail", "code", "errors"), Map.of(
                "type", Map.of("type", "string", "description", "a URI naming the problem"),
                "title", Map.of("type", "string", "description", "the HTTP status's reason phrase"),
                "status", Map.of("type", "integer", "format", "int32", "minimum", 400, "maximum", 599),
                "detail", Map.of("type", "string", "description", "what happened, for people"),
                "code", Map.of("type", "string", "pattern", "^[A-Z][A-Z0-9_]*$",
                        "description", "the stable reason: switch on it"),
                "errors", errors));
        problem.put("description", "An RFC 9457 problem document: every error of the API has this shape.");
        schemas.put("Problem", problem);
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", required);
        schema.put("properties", new TreeMap<>(properties));
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }
}
