package dev.focus.localstack;

import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;


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
        return new LocalResponse(response.statusCode(), response.headerLines(), response.body());
    }
}
