package dev.focus.localstack;

import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payload 2.0 of an API Gateway HTTP API, built and read by the emulators' shared codec. */
final class HttpApiCodec implements EventCodec {

    @Override
    public String event(LocalRequest request, RouteTable.Match route) {
        var data = new HttpRequestData(request.method(), request.rawPath(), request.rawQuery(), request.headers(),
                request.body(), request.sourceIp());
        return ApiGatewayHttpEvents.event(data, route.routeKey(), route.pathParameters());
    }

    @Override
    public LocalResponse response(String responseJson) {
        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse(responseJson);
        // payload 2.0 has no multiValueHeaders: API Gateway ignores them (Micronaut fills them with copies of headers)
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().forEach((name, value) -> headers.add(Map.entry(name, value)));
        response.cookies().forEach(cookie -> headers.add(Map.entry("Set-Cookie", cookie)));
        return new LocalResponse(response.statusCode(), headers, response.body());
    }
}
