package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests that once gave 500s, found by fuzzing the stack, sent again to Focus's real functions behind the
 * real gateway (skipped until their jars are built): a raw NUL, raw UTF-8, a lone {@code %}, {@code %zz} or a
 * backslash in a path segment, a malformed query. Each is a 4xx problem+json with a code, from the gateway or from
 * the function, never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStack.Extension.class)
@DisplayName("Focus's routes, fuzzed through the local gateway")
class FocusRoutesFuzzTest {

    private static final List<String[]> ROUTES = List.of(
            new String[]{"GET", "/api/v1/rooms/X"}, new String[]{"GET", "/api/v1/users/X"},
            new String[]{"GET", "/api/v1/timer/X"}, new String[]{"POST", "/api/v1/timer/X/start"},
            new String[]{"GET", "/api/v1/participants/X"}, new String[]{"GET", "/api/v1/auth/profile/X"},
            new String[]{"DELETE", "/api/v1/rooms/X"}, new String[]{"PUT", "/api/v1/participants/X/status"});
    private static final List<byte[]> SEGMENTS = List.of(
            new byte[]{'a', 0, 'b'},
            "caf\u00e9".getBytes(StandardCharsets.UTF_8),
            "%".getBytes(StandardCharsets.US_ASCII),
            "%zz".getBytes(StandardCharsets.US_ASCII),
            "a\\b".getBytes(StandardCharsets.US_ASCII),
            // the gateway passes an encoded NUL on decoded, as it passes any UTF-8: the kernel refuses it (it once
            // reached PostgreSQL, which refuses 0x00 in text, and answered 500)
            "a%00b".getBytes(StandardCharsets.US_ASCII),
            "%E2%82%AC".getBytes(StandardCharsets.US_ASCII));

    private TestStack stack;
    private String token;

    @BeforeAll
    void signInToTheSharedStack(TestStack shared) throws Exception {
        stack = shared;
        if (!stack.focusFunctionsBuilt()) {
            return;
        }
        // a real account, so that identity's routes get past their account check to the path
        token = TestAccounts.signUp(stack.stack().baseUri(), "fuzz");
    }

    static Stream<Arguments> hostileRequests() {
        var requests = new ArrayList<Arguments>();
        for (String[] route : ROUTES) {
            for (byte[] segment : SEGMENTS) {
                String[] around = route[1].split("X", 2);
                var target = new ByteArrayOutputStream();
                target.writeBytes(around[0].getBytes(StandardCharsets.US_ASCII));
                target.writeBytes(segment);
                target.writeBytes(around[1].getBytes(StandardCharsets.US_ASCII));
                requests.add(Arguments.of(route[0], printable(target.toByteArray()), target.toByteArray()));
            }
        }
        for (String path : List.of("/api/v1/rooms", "/api/v1/admin/users")) {
            for (String query : List.of("q=%", "q=%zz", "limit=%C3")) {
                byte[] target = (path + "?" + query).getBytes(StandardCharsets.US_ASCII);
                requests.add(Arguments.of("GET", printable(target), target));
            }
        }
        return requests.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileRequests")
    @DisplayName("answers 4xx problem+json with a code, never 5xx")
    void neverA5xx(String method, String printable, byte[] target) {
        stack.requireFocusFunctions();
        var request = new ByteArrayOutputStream();
        request.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(target);
        String body = method.equals("GET") || method.equals("DELETE") ? "" : "{}";
        request.writeBytes((" HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));

        RawHttp.Response response = RawHttp.exchange(stack.stack().port(), request.toByteArray());

        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        assertThat(response.header("content-type")).as(response.text()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).as(response.text()).isNotBlank();
    }

    private static String printable(byte[] target) {
        var out = new StringBuilder();
        for (byte b : target) {
            out.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF));
        }
        return out.toString();
    }
}
