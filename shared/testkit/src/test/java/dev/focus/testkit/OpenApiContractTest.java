package dev.focus.testkit;

import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The OpenAPI contract every route test holds exchanges to")
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.of("rooms.yml", """
            openapi: 3.0.1
            info: {title: t, version: "1"}
            paths:
              /rooms:
                post:
                  operationId: createRoom
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [name]
                          properties: {name: {type: string, maxLength: 5}}
                  responses:
                    "201":
                      description: made
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [id, invite_code]
                            properties: {id: {type: string}, invite_code: {type: string, nullable: true}}
                    "400":
                      description: bad
                      content:
                        application/problem+json:
                          schema: {type: object, required: [code], properties: {code: {type: string}}}
            """);

    private static HttpRequestData post(String body) {
        return new HttpRequestData("POST", "/rooms", "", List.of(Map.entry("content-type", "application/json")),
                body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    private static ApiGatewayHttpResponse answer(int status, String type, String body) {
        return new ApiGatewayHttpResponse(status, Map.of("content-type", type), List.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("an answer as documented passes, a null where the schema allows it too")
    void documentedAnswer() {
        assertThatCode(() -> CONTRACT.check(post("{\"name\":\"ab\"}"),
                answer(201, "application/json", "{\"id\":\"r1\",\"invite_code\":null}"))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an answer in camelCase, or missing a required field, fails")
    void driftedAnswer() {
        assertThatThrownBy(() -> CONTRACT.check(post("{\"name\":\"ab\"}"),
                answer(201, "application/json", "{\"id\":\"r1\",\"inviteCode\":null}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("invite_code");
    }

    @Test
    @DisplayName("a status the operation does not list fails")
    void undocumentedStatus() {
        assertThatThrownBy(() -> CONTRACT.check(post("{\"name\":\"ab\"}"),
                answer(409, "application/problem+json", "{\"code\":\"X\"}"))).isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("a request the document refuses must be refused: taking it fails")
    void laxServer() {
        assertThatThrownBy(() -> CONTRACT.check(post("{\"name\":\"too long\"}"),
                answer(201, "application/json", "{\"id\":\"r1\",\"invite_code\":null}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("refuses");
        assertThatCode(() -> CONTRACT.check(post("{\"name\":\"too long\"}"),
                answer(400, "application/problem+json", "{\"code\":\"VALIDATION_FAILED\"}"))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a path the document does not have must be a 404, a method it does not have a 405")
    void unknownRoutes() {
        var unknown = new HttpRequestData("GET", "/nothing", "", List.of(), new byte[0], "127.0.0.1");
        assertThatCode(() -> CONTRACT.check(unknown, answer(404, "application/problem+json", "{\"code\":\"NOT_FOUND\"}")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CONTRACT.check(unknown, answer(200, "application/json", "{}")))
                .isInstanceOf(AssertionError.class);
        var wrongMethod = new HttpRequestData("DELETE", "/rooms", "", List.of(), new byte[0], "127.0.0.1");
        assertThatCode(() -> CONTRACT.check(wrongMethod, answer(405, "application/problem+json", "{\"code\":\"X\"}")))
                .doesNotThrowAnyException();
    }
}
