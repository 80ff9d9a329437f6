package dev.focus.kernel;

import dev.focus.kernel.ProbeHandler.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static dev.focus.kernel.ProbeHandler.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@DisplayName("Strict JSON at the edge, seen through the Lambda handler")
class StrictJsonTest {

    private static final Map<String, String> JSON = Map.of("content-type", "application/json");
    private static ProbeHandler probe;

    @BeforeAll
    static void start() {
        probe = new ProbeHandler();
    }

    @AfterAll
    static void stop() {
        probe.close();
    }

    @Test
    @DisplayName("a body of the right types is taken as it is")
    void rightTypes() throws Exception {
        Answer answer = settings("{\"minutes\":25,\"total\":9000000000,\"ratio\":0.5,\"auto_start\":true,\"name\":\"Deep work\","
                + "\"tags\":[\"a\"],\"owner\":{\"email_address\":\"a@b.co\",\"display_name\":\"A\",\"seats\":1},\"limits\":{\"x\":1}}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isEqualTo(9_000_000_000L);
        assertThat(answer.json().get("owner").get("seats").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"minutes\":\"25\"}", "{\"minutes\":25.5}", "{\"minutes\":25.0}", "{\"minutes\":true}", "{\"minutes\":[25]}",
            "{\"minutes\":9000000000}", "{\"auto_start\":\"AAA\"}", "{\"auto_start\":\"true\"}", "{\"auto_start\":1}",
            "{\"name\":[\"private\"]}", "{\"name\":25}", "{\"name\":{}}", "{\"tags\":\"a\"}", "{\"owner\":[]}",
            "{\"limits\":{\"x\":\"1\"}}", "{\"owner\":{\"seats\":\"2\"}}", "{\"ratio\":\"0.5\"}", "{\"total\":1.5}"})
    @DisplayName("a value of another JSON type than its field's is a 400 naming the field, never coerced")
    void noCoercion(String body) throws Exception {
        Answer answer = settings(body);
        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertThat(answer.json().get("errors")).hasSize(1);
    }

    @Test
    @DisplayName("the bad field is named as in the JSON, nested fields dotted")
    void namesTheField() throws Exception {
        Answer answer = settings("{\"owner\":{\"seats\":\"2\"},\"auto_start\":\"AAA\"}");
        assertThat(answer.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("owner.seats", "auto_start");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"minutes\":25}}", "{\"minutes\":25} {}", "{\"minutes\":25,\"minutes\":30}", "{\"minutes\":",
            "{'minutes':25}", "[]{}", "{\"minutes\":25,}", "{\"minutes\":NaN}"})
    @DisplayName("anything but one well-formed JSON document without repeated keys is MALFORMED_JSON")
    void oneDocument(String body) throws Exception {
        assertProblem(settings(body), 400, "MALFORMED_JSON");
    }

    @Test
    @DisplayName("a body that is not UTF-8, or starts with a byte order mark, is MALFORMED_JSON")
    void utf8Only() throws Exception {
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(probe.sendBytes("POST", "/probe/settings", latin1, JSON), 400, "MALFORMED_JSON");
        byte[] bom = ("\uFEFF{\"minutes\":25}").getBytes(StandardCharsets.UTF_8);
        assertProblem(probe.sendBytes("POST", "/probe/settings", bom, JSON), 400, "MALFORMED_JSON");
        byte[] surrogate = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertProblem(probe.sendBytes("POST", "/probe/settings", surrogate, JSON), 400, "MALFORMED_JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"name\":\"a\\u0000b\"}", "{\"name\":\"\\ud800\"}", "{\"name\":\"a\\udc00\"}",
            "{\"tags\":[\"\\u0007\"]}", "{\"unknown\":\"\\u0000\"}", "{\"name\":\"two\\nlines\"}", "{\"name\":\"   \"}",
            "{\"name\":\"\\u0085\"}"})
    @DisplayName("a control character or half a surrogate pair in a text field is a 400 VALIDATION_FAILED")
    void cleanText(String body) throws Exception {
        assertProblem(settings(body), 400, "VALIDATION_FAILED");
    }

    @Test
    @DisplayName("a paired surrogate (an emoji) and plain accents are welcome")
    void emoji() throws Exception {
        Answer answer = settings("{\"name\":\"caf\u00e9 \\ud83c\\udf45\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("name").asText()).isEqualTo("caf\u00e9 \uD83C\uDF45");
    }

    @Test
    @DisplayName("a JSON body without Content-Type application/json is a 415")
    void contentTypeRequired() throws Exception {
        String body = "{\"minutes\":25}";
        assertProblem(probe.send("POST", "/probe/settings", body, Map.of(), Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(probe.send("POST", "/probe/settings", body, Map.of(), Map.of("content-type", "text/plain")),
                415, "UNSUPPORTED_MEDIA_TYPE");
        Answer charset = probe.send("POST", "/probe/settings", body, Map.of(),
                Map.of("content-type", "application/json; charset=utf-8"));
        assertThat(charset.status()).as(charset.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("a NUL or other control character in a path or query parameter is a 400, not a 500")
    void cleanParameters() throws Exception {
        assertProblem(probe.send("GET", "/probe/things/a%00b", null), 400, "INVALID_PARAMETER");
        assertProblem(probe.send("GET", "/probe/things/abc", null, Map.of("q", "x\u0000")), 400, "INVALID_PARAMETER");
        assertProblem(probe.send("GET", "/probe/things/a%0Ab", null), 400, "INVALID_PARAMETER");
        assertProblem(probe.send("GET", "/probe/things/abc", null, Map.of("q", "tab\there")), 400, "INVALID_PARAMETER");
        Answer fine = probe.send("GET", "/probe/things/caf%C3%A9", null, Map.of("q", "ok"));
        assertThat(fine.status()).as(fine.body()).isEqualTo(200);
        assertThat(fine.json().get("thing_id").asText()).isEqualTo("caf\u00e9");
    }

    @Test
    @DisplayName("a long name that breaks the one-line rule is refused at once, not after a quadratic regex")
    void noRegexBlowUp() {
        String body = "{\"name\":\"" + "a".repeat(60_000) + "\\n\"}";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertProblem(settings(body), 400, "VALIDATION_FAILED"));
    }

    @Test
    @DisplayName("a string beyond 64 KiB is refused before any field rule reads it")
    void stringLimit() throws Exception {
        assertProblem(settings("{\"name\":\"" + "a".repeat(70_000) + "\"}"), 400, "MALFORMED_JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a b", "a\\b", "café", "100%", "a%zz", "{x}", "a|b", "a\"b", "a^b", "a`b", "a<b>"})
    @DisplayName("a path segment that AWS hands over decoded reaches the route as it was meant, never a 500")
    void decodedPathsFromAws(String segment) throws Exception {
        String raw = "/probe/things/" + java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
        Answer answer = probe.sendDecodedPath("GET", raw, "/probe/things/" + segment);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("thing_id").asText()).isEqualTo(segment);
    }

    private static Answer settings(String body) {
        return probe.send("POST", "/probe/settings", body);
    }
}
