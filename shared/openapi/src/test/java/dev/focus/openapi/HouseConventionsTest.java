package dev.focus.openapi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The house conventions applied to a generated OpenAPI document")
class HouseConventionsTest {

    private static Map<String, Object> document(String yaml) {
        return new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> node, String... keys) {
        Map<String, Object> current = node;
        for (String key : keys) {
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }

    private static final String CREATE = """
            paths:
              /things:
                post:
                  operationId: createThing
                  security: [{bearerAuth: []}]
                  requestBody: {content: {application/json: {schema: {type: object}}}}
                  responses:
                    "201": {description: created, content: {application/json: {schema: {type: object}}}}
                    "409": {description: THING_TAKEN}
            """;

    @Test
    @DisplayName("every error answer is a problem document, and the kernel's answers are listed")
    void errorsAreProblems() {
        Map<String, Object> doc = document(CREATE);
        assertThat(HouseConventions.apply(doc)).isEmpty();
        Map<String, Object> responses = at(doc, "paths", "/things", "post", "responses");
        assertThat(responses).containsKeys("400", "401", "409", "415");
        assertThat(at(responses, "409", "content", "application/problem+json", "schema"))
                .containsEntry("$ref", "#/components/schemas/Problem");
        assertThat(at(responses, "400").get("description").toString()).contains("MALFORMED_JSON", "VALIDATION_FAILED");
        assertThat(at(doc, "components", "schemas", "Problem", "properties")).containsKeys("code", "errors", "status");
    }

    @Test
    @DisplayName("a description that already names the code is kept as it is")
    void keepsOwnDescriptions() {
        Map<String, Object> doc = document(CREATE.replace("\"409\": {description: THING_TAKEN}",
                "\"400\": {description: \"VALIDATION_FAILED, MALFORMED_JSON, INVALID_PARAMETER: bad thing\"}"));
        HouseConventions.apply(doc);
        assertThat(at(doc, "paths", "/things", "post", "responses", "400").get("description"))
                .isEqualTo("VALIDATION_FAILED, MALFORMED_JSON, INVALID_PARAMETER: bad thing");
    }

    @Test
    @DisplayName("two paths that differ only in a variable's name are refused")
    void oneTemplatePerPath() {
        Map<String, Object> doc = document("""
                paths:
                  /p/{participant_id}: {delete: {operationId: a, responses: {"204": {description: x}}}}
                  /p/{room_id}: {get: {operationId: b, responses: {"200": {description: x, content: {}}}}}
                """);
        List<String> violations = HouseConventions.apply(doc);
        assertThat(violations).singleElement().asString().contains("/p/{participant_id}", "/p/{room_id}");
    }

    @Test
    @DisplayName("a success answer without a schema, or an operation without an id, is refused")
    void usableByGenerators() {
        Map<String, Object> doc = document("""
                paths:
                  /p: {post: {responses: {"201": {description: made}}}}
                """);
        assertThat(HouseConventions.apply(doc)).hasSize(2);
    }

    @Test
    @DisplayName("every field of a schema only answers carry is required, since the house always writes every field")
    void answersCarryEveryField() {
        Map<String, Object> doc = document("""
                paths:
                  /t:
                    post:
                      operationId: t
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/In'}}}}
                      responses:
                        "200": {description: x, content: {application/json: {schema: {$ref: '#/components/schemas/Out'}}}}
                components:
                  schemas:
                    In: {type: object, properties: {a: {type: string}}}
                    Out: {type: object, properties: {b: {type: string, nullable: true}, c: {$ref: '#/components/schemas/Inner'}}}
                    Inner: {type: object, properties: {d: {type: integer}}}
                """);
        HouseConventions.apply(doc);
        assertThat(at(doc, "components", "schemas", "Out").get("required")).isEqualTo(List.of("b", "c"));
        assertThat(at(doc, "components", "schemas", "Inner").get("required")).isEqualTo(List.of("d"));
        assertThat(at(doc, "components", "schemas", "In")).doesNotContainKey("required");
    }
}
