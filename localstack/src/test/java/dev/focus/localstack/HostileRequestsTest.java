package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client's mistake gets from the local gateway, over a raw socket (java.net.http refuses to send most of
 * these): a 4xx problem+json document with a stable code, answered by the gateway itself, never a 5xx; and what the
 * function receives when the gateway lets a request through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The local gateway, sent what a client should not send")
class HostileRequestsTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);
    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(1500);

    private final LocalGateway gateway = LocalGateway.serving(new HttpTimeouts(REQUEST_TIMEOUT, IDLE_TIMEOUT));
    private final ObjectMapper json = new ObjectMapper();

    @AfterAll
    void stop() throws IOException {
        gateway.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/echo/a%", "/echo/a%zz", "/echo/%2", "/echo/a%C3", "/echo/%FF%FE", "/echo/items/%"})
    @DisplayName("a malformed percent-escape in the path is 400 MALFORMED_PATH")
    void malformedEscapesInThePath(String target) {
        assertProblem(RawHttp.get(gateway.port(), target), 400, "MALFORMED_PATH");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/echo/x?q=%", "/echo/x?q=%zz", "/echo/x?q=%C3", "/echo/x?%=1", "/echo/x?a=1&b=%4"})
    @DisplayName("a malformed percent-escape in the query is 400 MALFORMED_QUERY")
    void malformedEscapesInTheQuery(String target) {
        assertProblem(RawHttp.get(gateway.port(), target), 400, "MALFORMED_QUERY");
    }

    @Test
    @DisplayName("a raw NUL or other control byte in the path is 400 MALFORMED_PATH")
    void controlBytesInThePath() {
        assertProblem(RawHttp.get(gateway.port(), "/echo/a\u0000b"), 400, "MALFORMED_PATH");
        assertProblem(RawHttp.get(gateway.port(), "/echo/a\u007Fb"), 400, "MALFORMED_PATH");
        assertProblem(RawHttp.get(gateway.port(), "/echo/x?q=a\u0001"), 400, "MALFORMED_QUERY");
    }

    @Test
    @DisplayName("raw bytes that are not UTF-8 are 400 MALFORMED_PATH")
    void rawBytesThatAreNotUtf8() {
        byte[] target = {'/', 'e', 'c', 'h', 'o', '/', (byte) 0xFF, (byte) 0xC3};

        assertProblem(RawHttp.get(gateway.port(), target), 400, "MALFORMED_PATH");
    }

    @Test
    @DisplayName("raw UTF-8 in the path reaches the function decoded, and percent-encoded in rawPath")
    void rawUtf8InThePath() {
        byte[] target = "/echo/items/caf\u00e9".getBytes(StandardCharsets.UTF_8);

        JsonNode event = eventOf(RawHttp.get(gateway.port(), target));

        assertThat(event.path("routeKey").asText()).isEqualTo("GET /echo/items/{id}");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("caf\u00e9");
        assertThat(event.path("rawPath").asText()).isEqualTo("/echo/items/caf%C3%A9");
    }

    @Test
    @DisplayName("a backslash in the path reaches the function as a backslash, percent-encoded in rawPath, decoded in http.path as on AWS")
    void backslashInThePath() {
        JsonNode event = eventOf(RawHttp.get(gateway.port(), "/echo/items/a\\b"));

        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("a\\b");
        assertThat(event.path("rawPath").asText()).isEqualTo("/echo/items/a%5Cb");
        assertThat(event.path("requestContext").path("http").path("path").asText()).isEqualTo("/echo/items/a\\b");
    }

    @Test
    @DisplayName("an escaped NUL is valid UTF-8: it reaches the function decoded, as any other character would")
    void escapedNul() {
        JsonNode event = eventOf(RawHttp.get(gateway.port(), "/echo/items/a%00b"));

        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("a\u0000b");
        assertThat(event.path("rawPath").asText()).isEqualTo("/echo/items/a%00b");
    }

    @Test
    @DisplayName("path parameters are decoded once, '+' stays a plus, and %2F separates segments as API Gateway routes")
    void pathParametersAreDecoded() {
        JsonNode plus = eventOf(RawHttp.get(gateway.port(), "/echo/items/a%20b%2Bc+d%25"));
        JsonNode slash = eventOf(RawHttp.get(gateway.port(), "/echo/items/a%2Fb"));

        assertThat(plus.path("pathParameters").path("id").asText()).isEqualTo("a b+c+d%");
        assertThat(slash.path("routeKey").asText()).isEqualTo("ANY /echo/{proxy+}");
        assertThat(slash.path("pathParameters").path("proxy").asText()).isEqualTo("items/a/b");
    }

    @Test
    @DisplayName("query values are decoded ('+' a space), rawQueryString stays as sent but for raw UTF-8, which is encoded")
    void queryValuesAreDecoded() {
        byte[] target = "/echo/x?q=a+b%2B&tag=caf\u00e9&tag=2&flag".getBytes(StandardCharsets.UTF_8);

        JsonNode event = eventOf(RawHttp.get(gateway.port(), target));

        assertThat(event.path("queryStringParameters").path("q").asText()).isEqualTo("a b+");
        assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("caf\u00e9,2");
        assertThat(event.path("queryStringParameters").path("flag").asText()).isEmpty();
        assertThat(event.path("rawQueryString").asText()).isEqualTo("q=a+b%2B&tag=caf%C3%A9&tag=2&flag");
    }

    @Test
    @DisplayName("a path no route serves is 404 NOT_FOUND")
    void noRoute() {
        RawHttp.Response response = RawHttp.get(gateway.port(), "/api/v1/no-such-thing");

        assertProblem(response, 404, "NOT_FOUND");
        assertThat(response.json().path("detail").asText()).contains("GET /api/v1/no-such-thing");
    }

    @Test
    @DisplayName("a function that throws is 500 INTERNAL_ERROR, the only 5xx the gateway gives")
    void functionFailure() {
        assertProblem(RawHttp.get(gateway.port(), "/echo/boom"), 500, "INTERNAL_ERROR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GARBAGE\r\n\r\n", "GET /echo/x HTTP/1.1\r\nNo colon here\r\n\r\n",
            "GET /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "GET /echo/a b HTTP/1.1\r\nHost: x\r\n\r\n"})
    @DisplayName("a request line or header Netty cannot parse is 400 MALFORMED_REQUEST, and the connection closes")
    void unparseableRequests(String request) {
        try (RawHttp http = RawHttp.connect(gateway.port(), Duration.ofSeconds(5))) {
            http.send(request);

            assertProblem(http.read(), 400, "MALFORMED_REQUEST");
            assertThat(http.closedByServer()).isTrue();
        }
    }

    @Test
    @DisplayName("a request line above 10240 bytes is 414 URI_TOO_LONG")
    void requestLineTooLong() {
        assertProblem(RawHttp.get(gateway.port(), "/echo/" + "a".repeat(11_000)), 414, "URI_TOO_LONG");
    }

    @Test
    @DisplayName("a body shorter than its Content-Length is 400 REQUEST_TIMEOUT once the request timeout passes")
    void shortBody() {
        try (RawHttp http = RawHttp.connect(gateway.port(), Duration.ofSeconds(5))) {
            long start = System.nanoTime();
            http.send("POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":");

            RawHttp.Response response = http.read();
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertProblem(response, 400, "REQUEST_TIMEOUT");
            assertThat(waited).isBetween(REQUEST_TIMEOUT, REQUEST_TIMEOUT.plusSeconds(3));
            assertThat(http.closedByServer()).isTrue();
        }
    }

    @Test
    @DisplayName("headers that never end are 400 REQUEST_TIMEOUT too")
    void unfinishedHeaders() {
        try (RawHttp http = RawHttp.connect(gateway.port(), Duration.ofSeconds(5))) {
            http.send("GET /echo/x HTTP/1.1\r\nHost: x\r\n");

            assertProblem(http.read(), 400, "REQUEST_TIMEOUT");
        }
    }

    @Test
    @DisplayName("a function slower than the request timeout still answers: nothing times out while it works")
    void slowFunction() {
        try (RawHttp http = RawHttp.connect(gateway.port(), Duration.ofSeconds(5))) {
            http.send("GET /echo/slow HTTP/1.1\r\nHost: x\r\n\r\n");

            assertThat(http.read().status()).isEqualTo(201);
        }
    }

    @Test
    @DisplayName("an idle keep-alive connection is closed without a word after the idle timeout, and stays open before")
    void idleConnection() {
        try (RawHttp http = RawHttp.connect(gateway.port(), IDLE_TIMEOUT.dividedBy(3))) {
            http.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(http.read().status()).isEqualTo(200);

            assertThat(http.closedByServer()).as("open a moment after the answer").isFalse();
            http.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(http.read().status()).as("the connection is reused").isEqualTo(200);
        }
        try (RawHttp http = RawHttp.connect(gateway.port(), IDLE_TIMEOUT.plusSeconds(3))) {
            http.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(http.read().status()).isEqualTo(200);

            assertThat(http.closedByServer()).as("closed once idle").isTrue();
        }
    }

    @Test
    @DisplayName("a body above 10 MB is 413 PAYLOAD_TOO_LARGE, before the client sends it")
    void bodyTooLarge() {
        String head = "POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + (HttpServer.MAX_BODY_BYTES + 1) + "\r\n";

        assertProblem(RawHttp.exchange(gateway.port(), (head + "\r\n").getBytes(StandardCharsets.US_ASCII)),
                413, "PAYLOAD_TOO_LARGE");
        RawHttp.Response waiting = RawHttp.exchange(gateway.port(),
                (head + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertProblem(waiting, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    @DisplayName("a chunked body that grows above 10 MB is 413 PAYLOAD_TOO_LARGE while it is sent")
    void chunkedBodyTooLarge() {
        try (RawHttp http = RawHttp.connect(gateway.port(), Duration.ofSeconds(10))) {
            http.send("POST /echo/x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = ("100000\r\n" + "a".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 11; i++) {
                http.send(chunk);
            }

            assertProblem(http.read(), 413, "PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    @DisplayName("an Expect other than 100-continue is 417 EXPECTATION_FAILED")
    void unsupportedExpectation() {
        RawHttp.Response response = RawHttp.exchange(gateway.port(), ("POST /echo/x HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 2\r\nExpect: 200-ok\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

        assertProblem(response, 417, "EXPECTATION_FAILED");
    }

    @Test
    @DisplayName("a complete POST after all this still reaches the function with its body")
    void aWellFormedPost() {
        JsonNode event = eventOf(RawHttp.exchange(gateway.port(), ("POST /echo/x HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{\"a\":1}")
                .getBytes(StandardCharsets.US_ASCII)));

        assertThat(event.path("body").asText()).isEqualTo("{\"a\":1}");
    }

    private JsonNode eventOf(RawHttp.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertProblem(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("content-type")).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo("https://focus.dev/problems/"
                + code.toLowerCase().replace('_', '-'));
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("errors").isArray()).isTrue();
    }
}
