package dev.focus.emulators;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.focus.resources.HttpRoute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiGatewayHttpEventsTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:05:09.123Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    @DisplayName("a JSON POST becomes the payload 2.0 event the Lambda runtime deserializes")
    void jsonPostBecomesAnEvent() {
        HttpRequestData request = new HttpRequestData("POST", "/api/v1/auth/login", "next=%2Fhome&tag=a&tag=b&flag",
                List.of(Map.entry("Host", "localhost:8080"), Map.entry("Content-Type", "application/json"),
                        Map.entry("User-Agent", "curl/8"), Map.entry("Accept", "text/html"),
                        Map.entry("accept", "application/json"), Map.entry("Cookie", "a=1; b=2")),
                "{\"email\":\"ada@example.com\"}".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
        var pathParameters = ApiGatewayHttpEvents.match("ANY /api/v1/auth/{proxy+}", "POST", request.rawPath()).orElseThrow();

        APIGatewayV2HTTPEvent event = deserialize(ApiGatewayHttpEvents.event(request, "ANY /api/v1/auth/{proxy+}",
                pathParameters, CLOCK));

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("ANY /api/v1/auth/{proxy+}");
        assertThat(event.getRawPath()).isEqualTo("/api/v1/auth/login");
        assertThat(event.getRawQueryString()).isEqualTo("next=%2Fhome&tag=a&tag=b&flag");
        assertThat(event.getCookies()).containsExactly("a=1", "b=2");
        assertThat(event.getHeaders()).containsEntry("accept", "text/html,application/json")
                .containsEntry("content-type", "application/json").doesNotContainKey("cookie");
        assertThat(event.getQueryStringParameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("next", "/home", "tag", "a,b", "flag", ""));
        assertThat(event.getPathParameters()).containsExactlyEntriesOf(Map.of("proxy", "login"));
        assertThat(event.getBody()).isEqualTo("{\"email\":\"ada@example.com\"}");
        assertThat(event.getIsBase64Encoded()).isFalse();
        var context = event.getRequestContext();
        assertThat(context.getStage()).isEqualTo("$default");
        assertThat(context.getRouteKey()).isEqualTo("ANY /api/v1/auth/{proxy+}");
        assertThat(context.getDomainName()).isEqualTo("localhost:8080");
        assertThat(context.getDomainPrefix()).isEqualTo("localhost");
        assertThat(context.getTime()).isEqualTo("21/Nov/2026:08:05:09 +0000");
        assertThat(context.getTimeEpoch()).isEqualTo(NOW.toEpochMilli());
        assertThat(context.getRequestId()).isNotBlank();
        assertThat(context.getHttp().getMethod()).isEqualTo("POST");
        assertThat(context.getHttp().getPath()).isEqualTo("/api/v1/auth/login");
        assertThat(context.getHttp().getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getHttp().getUserAgent()).isEqualTo("curl/8");
    }

    @Test
    @DisplayName("a binary upload is base64 encoded; a GET without query has no body and no parameters")
    void binaryAndEmptyBodies() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        HttpRequestData upload = new HttpRequestData("PUT", "/api/v1/users/me/avatar", null,
                List.of(Map.entry("Content-Type", "image/png")), png, "10.0.0.1");
        HttpRequestData get = new HttpRequestData("GET", "/api/v1/admin/users", "", List.of(), null, "10.0.0.1");

        APIGatewayV2HTTPEvent uploaded = deserialize(ApiGatewayHttpEvents.event(upload, "ANY /api/v1/users/{proxy+}",
                Map.of("proxy", "me/avatar"), CLOCK));
        APIGatewayV2HTTPEvent listed = deserialize(ApiGatewayHttpEvents.event(get, "ANY /api/v1/admin/users", Map.of(), CLOCK));

        assertThat(uploaded.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(uploaded.getBody())).isEqualTo(png);
        assertThat(listed.getBody()).isNull();
        assertThat(listed.getQueryStringParameters()).isNull();
        assertThat(listed.getPathParameters()).isNull();
        assertThat(listed.getCookies()).isNull();
    }

    @Test
    @DisplayName("routes match by method and path; {proxy+} takes the rest of the path and needs one segment")
    void routesMatch() {
        assertThat(ApiGatewayHttpEvents.match("ANY /api/v1/users/{proxy+}", "GET", "/api/v1/users/me/sessions"))
                .contains(Map.of("proxy", "me/sessions"));
        assertThat(ApiGatewayHttpEvents.match("ANY /api/v1/users/{proxy+}", "GET", "/api/v1/users")).isEmpty();
        assertThat(ApiGatewayHttpEvents.match("GET /rooms/{id}", "POST", "/rooms/1")).isEmpty();
        assertThat(ApiGatewayHttpEvents.match("GET /rooms/{id}", "GET", "/rooms/1")).contains(Map.of("id", "1"));
        assertThat(ApiGatewayHttpEvents.match("ANY /api/v1/admin/users", "DELETE", "/api/v1/admin/users/7")).isEmpty();
    }

    @Test
    @DisplayName("query values and path parameters are decoded as API Gateway decodes them; a malformed escape is refused")
    void decodesAsApiGateway() {
        HttpRequestData request = new HttpRequestData("GET", "/rooms/caf%C3%A9+x", "q=a+b%2B&e=%E2%82%AC", List.of(),
                null, "127.0.0.1");

        APIGatewayV2HTTPEvent event = deserialize(ApiGatewayHttpEvents.routedEvent(
                List.of(new HttpRoute("GET", "/rooms/{id}")), request, CLOCK).orElseThrow());

        assertThat(event.getQueryStringParameters()).containsEntry("q", "a b+").containsEntry("e", "\u20ac");
        assertThat(event.getPathParameters()).containsEntry("id", "caf\u00e9+x");
        assertThat(event.getRawPath()).isEqualTo("/rooms/caf%C3%A9+x");
        assertThat(event.getRawQueryString()).isEqualTo("q=a+b%2B&e=%E2%82%AC");
        assertThat(ApiGatewayHttpEvents.match("ANY /rooms/{proxy+}", "GET", "/rooms/a%2Fb")).contains(Map.of("proxy", "a/b"));
        assertThat(ApiGatewayHttpEvents.match("GET /rooms/{id}", "GET", "/rooms/a%2Fb")).isEmpty();
        assertThatThrownBy(() -> ApiGatewayHttpEvents.get("/rooms?q=%zz"))
                .isInstanceOf(MalformedPercentEncodingException.class);
    }

    @Test
    @DisplayName("a handler's answer becomes status, headers, Set-Cookie lines and a decoded body; multiValueHeaders is ignored as on AWS")
    void parsesTheHandlersAnswer() {
        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse("""
                {"statusCode": 201, "headers": {"Content-Type": "image/png"},
                 "multiValueHeaders": {"Vary": ["Origin", "Accept"]},
                 "cookies": ["session=abc; HttpOnly"], "body": "iVBORw==", "isBase64Encoded": true}""");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo(Base64.getDecoder().decode("iVBORw=="));
        assertThat(response.headerLines()).containsExactly(Map.entry("Content-Type", "image/png"),
                Map.entry("Set-Cookie", "session=abc; HttpOnly"));
    }

    @Test
    @DisplayName("JSON without a statusCode is answered as 200 application/json with that JSON as body")
    void bareJsonIsA200() {
        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse("{\"hello\":\"world\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("content-type", "application/json");
        assertThat(response.bodyText()).isEqualTo("{\"hello\":\"world\"}");
    }

    private static APIGatewayV2HTTPEvent deserialize(String json) {
        return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
                ApiGatewayHttpEventsTest.class.getClassLoader()).fromJson(json);
    }
}
