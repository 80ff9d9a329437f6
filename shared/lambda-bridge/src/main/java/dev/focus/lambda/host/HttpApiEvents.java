package dev.focus.lambda.host;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Minimal API Gateway HTTP API (payload 2.0) events as JSON, for smoke tests and benchmarks. Serialized by the
 * Lambda runtime's own serializer, so the handler sees what it would see on AWS. The full builder for tests
 * is {@code dev.focus.emulators.ApiGatewayHttpEvents}.
 */
public final class HttpApiEvents {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpApiEvents() {
    }

    public static String get(String pathAndQuery) {
        return request("GET", pathAndQuery, Map.of(), null, Clock.systemUTC());
    }

    public static String get(String pathAndQuery, Map<String, String> headers) {
        return request("GET", pathAndQuery, headers, null, Clock.systemUTC());
    }

    /** A POST with a JSON body ({@code content-type: application/json}). */
    public static String post(String path, String jsonBody) {
        return post(path, jsonBody, Map.of());
    }

    public static String post(String path, String jsonBody, Map<String, String> headers) {
        var all = new HashMap<>(headers);
        all.putIfAbsent("content-type", "application/json");
        return request("POST", path, all, jsonBody, Clock.systemUTC());
    }

    /** Any request; header names are sent in lower case, as API Gateway does. */
    public static String request(String method, String pathAndQuery, Map<String, String> headers, String body, Clock clock) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        var lowerCaseHeaders = new HashMap<String, String>();
        lowerCaseHeaders.put("host", "localhost");
        lowerCaseHeaders.put("user-agent", "focus-lambda-bridge");
        headers.forEach((name, value) -> lowerCaseHeaders.put(name.toLowerCase(Locale.ROOT), value));
        var now = clock.instant();
        var event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(query)
                .withHeaders(lowerCaseHeaders)
                .withQueryStringParameters(queryParameters(query))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName("localhost")
                        .withDomainPrefix("localhost")
                        .withStage("$default")
                        .withRouteKey("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1")
                                .withUserAgent(lowerCaseHeaders.get("user-agent"))
                                .build())
                        .build())
                .build();
        var json = new ByteArrayOutputStream(512);
        JacksonFactory.getInstance().getSerializer(APIGatewayV2HTTPEvent.class).toJson(event, json);
        return json.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> queryParameters(String query) {
        if (query.isEmpty()) {
            return null;
        }
        var parameters = new HashMap<String, String>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            // API Gateway joins repeated parameters with commas
            parameters.merge(decode(name), decode(value), (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
