package dev.focus.lambda.testfunction;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** A generic base, so that the bridge must find the event type through the class hierarchy. */
abstract class HttpHandler<E> implements RequestHandler<E, APIGatewayV2HTTPResponse> {
}
