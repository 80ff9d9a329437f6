package dev.focus.localstack;

import dev.focus.lambda.host.FunctionInvocationException;
import dev.focus.lambda.host.IsolatedFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/** The local API Gateway: routes a request as an HTTP API would and invokes the function's real handler. */
final class ApiRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);

    private final RouteTable routes;
    private final Map<String, IsolatedFunction> functions;
    private final EventCodec codec;

    ApiRoutes(RouteTable routes, Map<String, IsolatedFunction> functions, EventCodec codec) {
        this.routes = routes;
        this.functions = Map.copyOf(functions);
        this.codec = codec;
    }

    /** Empty when no route matches: the gateway then answers 404 itself. */
    Optional<Handled> handle(LocalRequest request) {
        return routes.match(request.method(), request.path()).map(match -> invoke(request, match));
    }

    private Handled invoke(LocalRequest request, RouteTable.Match match) {
        IsolatedFunction function = functions.get(match.function());
        String responseJson;
        try {
            responseJson = function.invoke(codec.event(request, match));
        } catch (FunctionInvocationException e) {
            // what API Gateway answers when the integration fails; the cause is the handler's own exception
            LOG.error("{} failed on {} {}", match.function(), request.method(), request.rawPath(), e);
            return new Handled(match.function(), GatewayProblem.internalError(
                    "The function " + match.function() + " failed; the local stack's log has its stack trace.").response());
        }
        try {
            return new Handled(match.function(), codec.response(responseJson));
        } catch (IllegalArgumentException e) {
            LOG.error("{} answered {} {} with a response API Gateway cannot read: {}", match.function(),
                    request.method(), request.rawPath(), responseJson, e);
            return new Handled(match.function(), GatewayProblem.internalError(
                    "The function " + match.function() + " answered something API Gateway cannot read.").response());
        }
    }
}
