package dev.focus.kernel;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.focus.kernel.ProbeHandler.Answer;

import java.util.Map;

import static dev.focus.kernel.ProbeHandler.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The API kernel, seen through the Lambda handler")
class ApiKernelTest {

    private static ProbeHandler probe;

    @BeforeAll
    static void startHandler() {
        probe = new ProbeHandler();
    }

    @AfterAll
    static void stopHandler() {
        probe.close();
    }

    @Test
    @DisplayName("a valid body answers in snake_case with ISO-8601 instants")
    void snakeCaseAndIsoInstants() throws Exception {
        Answer answer = send("POST", "/probe/signups", "{\"email_address\":\"ada@example.com\",\"display_name\":\"Ada\",\"seats\":2}");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("display_name").asText()).isEqualTo("Ada");
        assertThat(answer.json().get("created_at").asText()).isEqualTo("2026-11-21T10:15:30Z");
    }

    @Test
    @DisplayName("malformed JSON is a 400 MALFORMED_JSON problem")
    void malformedJson() throws Exception {
        Answer answer = send("POST", "/probe/signups", "{\"email_address\": ");
        assertProblem(answer, 400, "MALFORMED_JSON");
    }

    @Test
    @DisplayName("a field of the wrong type is a 400, not a 500")
    void wrongType() throws Exception {
        Answer answer = send("POST", "/probe/signups", "{\"email_address\":\"ada@example.com\",\"display_name\":\"Ada\",\"seats\":\"many\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    @DisplayName("a missing body is a 400 BODY_REQUIRED problem")
    void missingBody() throws Exception {
        Answer answer = send("POST", "/probe/signups", null);
        assertProblem(answer, 400, "BODY_REQUIRED");
    }

    @Test
    @DisplayName("each invalid or oversized field gets its own entry, named as in the JSON")
    void validationErrorsPerField() throws Exception {
        Answer answer = send("POST", "/probe/signups",
                "{\"email_address\":\"not-an-email\",\"display_name\":\"" + "x".repeat(40) + "\",\"seats\":0}");
        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertThat(answer.json().get("errors").findValuesAsText("field"))
                .containsExactly("display_name", "email_address", "seats");
    }

    @Test
    @DisplayName("an unknown route is a 404 problem and a wrong method a 405 problem")
    void unknownRouteAndWrongMethod() throws Exception {
        assertProblem(send("GET", "/probe/nothing-here", null), 404, "NOT_FOUND");
        assertProblem(send("DELETE", "/probe/signups", null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    @DisplayName("a problem thrown by a controller keeps its status, code and Retry-After header")
    void problemException() throws Exception {
        Answer answer = send("GET", "/probe/full", null);
        assertProblem(answer, 429, "TOO_MANY_ATTEMPTS");
        assertThat(answer.json().get("detail").asText()).isEqualTo("Slow down.");
        assertThat(answer.header("retry-after")).isEqualTo("42");
        assertThat(answer.json().has("type")).isTrue();
        assertThat(answer.json().get("title").asText()).isEqualTo("Too Many Requests");
    }

    @Test
    @DisplayName("a 401 for an expired bearer token says TOKEN_EXPIRED; any other 401 says UNAUTHORIZED")
    void expiredTokenHint() throws Exception {
        String expired = jwt("{\"sub\":\"u1\",\"exp\":" + (System.currentTimeMillis() / 1000 - 60) + "}");
        String live = jwt("{\"sub\":\"u1\",\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}");
        assertProblem(send("GET", "/probe/private", null, Map.of(), Map.of("authorization", "Bearer " + expired)), 401, "TOKEN_EXPIRED");
        assertProblem(send("GET", "/probe/private", null, Map.of(), Map.of("authorization", "Bearer " + live)), 401, "UNAUTHORIZED");
        assertProblem(send("GET", "/probe/private", null, Map.of(), Map.of("authorization", "Bearer not-a-jwt")), 401, "UNAUTHORIZED");
        assertProblem(send("GET", "/probe/private", null), 401, "UNAUTHORIZED");
    }

    private static String jwt(String claims) {
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"HS256\"}".getBytes()) + "." + encoder.encodeToString(claims.getBytes()) + ".c2ln";
    }

    @Test
    @DisplayName("an unexpected exception is a 500 that leaks nothing of the internals")
    void unexpectedException() throws Exception {
        Answer answer = send("GET", "/probe/boom", null);
        assertProblem(answer, 500, "INTERNAL_ERROR");
        assertThat(answer.body()).doesNotContain("secret internals");
    }

    @Test
    @DisplayName("cursors walk a list page by page and end with a null next_cursor")
    void cursorPagination() throws Exception {
        int seen = 0;
        String cursor = null;
        int pages = 0;
        do {
            Answer page = send("GET", "/probe/numbers", null, cursor == null ? Map.of("limit", "20") : Map.of("limit", "20", "cursor", cursor));
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode item : page.json().get("items")) {
                assertThat(item.asInt()).isEqualTo(seen++);
            }
            JsonNode next = page.json().get("next_cursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).isEqualTo(45);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    @DisplayName("a forged cursor or an out-of-range limit is a 400")
    void badPageParameters() throws Exception {
        assertProblem(send("GET", "/probe/numbers", null, Map.of("cursor", "%%%not-ours")), 400, "INVALID_CURSOR");
        Answer tooMany = send("GET", "/probe/numbers", null, Map.of("limit", "1000"));
        assertProblem(tooMany, 400, "VALIDATION_FAILED");
        assertThat(tooMany.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
        assertProblem(send("GET", "/probe/numbers", null, Map.of("limit", "ten")), 400, "INVALID_PARAMETER");
    }

    @Test
    @DisplayName("serving many invocations registers no Lambda Context beans")
    void noContextSingletonPerInvocation() throws Exception {
        for (int i = 0; i < 50; i++) {
            send("GET", "/probe/numbers", null);
        }
        assertThat(probe.function().getApplicationContext().getBeansOfType(Context.class)).isEmpty();
    }

    private static Answer send(String method, String path, String body) {
        return probe.send(method, path, body);
    }

    private static Answer send(String method, String path, String body, Map<String, String> query) {
        return probe.send(method, path, body, query);
    }

    private static Answer send(String method, String path, String body, Map<String, String> query, Map<String, String> headers) {
        return probe.send(method, path, body, query, headers);
    }
}
