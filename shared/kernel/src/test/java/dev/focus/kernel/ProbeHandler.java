package dev.focus.kernel;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import dev.focus.kernel.lambda.HttpApiFunction;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.net.URLDecoder;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The kernel's probe controller behind the real payload 2.0 Lambda handler, as API Gateway calls it. */
final class ProbeHandler implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final APIGatewayV2HTTPEventFunction handler = new HttpApiFunction(ApplicationContext.builder().start());

    APIGatewayV2HTTPEventFunction function() {
        return handler;
    }

    Answer send(String method, String path, String body) {
        return send(method, path, body, Map.of());
    }

    Answer send(String method, String path, String body, Map<String, String> query) {
        return send(method, path, body, query, body == null ? Map.of() : Map.of("content-type", "application/json"));
    }

    Answer send(String method, String path, String body, Map<String, String> query, Map<String, String> headers) {
        return send(method, path, decoded(path), body, false, query, headers);
    }

    /** As AWS sends it: {@code requestContext.http.path} decoded, unlike {@code rawPath}. */
    Answer sendDecodedPath(String method, String rawPath, String decodedPath) {
        return send(method, rawPath, decodedPath, null, false, Map.of(), Map.of());
    }

    /** A body of raw bytes, as API Gateway passes a body it cannot pass as text: base64-encoded. */
    Answer sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        return send(method, path, decoded(path), Base64.getEncoder().encodeToString(body), true, Map.of(), headers);
    }

    private Answer send(String method, String path, String httpPath, String body, boolean base64, Map<String, String> query,
                        Map<String, String> headers) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRawPath(path)
                .withRawQueryString("")
                .withQueryStringParameters(query)
                .withHeaders(new HashMap<>(headers))
                .withBody(body)
                .withIsBase64Encoded(base64)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(httpPath).withSourceIp("127.0.0.1").build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());
        return new Answer(response.getStatusCode(), response.getHeaders() == null ? Map.of() : response.getHeaders(), response.getBody());
    }

    /** What AWS puts in requestContext.http.path. */
    private static String decoded(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        handler.close();
    }

    static void assertProblem(Answer answer, int status, String code) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("code").asText()).isEqualTo(code);
    }

    record Answer(int status, Map<String, String> headers, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }

        String contentType() {
            return header("content-type");
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }
}
