package dev.focus.kernel.json;

import dev.focus.kernel.api.FieldError;
import dev.focus.kernel.api.ProblemException;
import dev.focus.kernel.api.Problems;
import io.micronaut.core.convert.value.ConvertibleMultiValues;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.function.aws.proxy.ApiGatewayServletRequest;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.FullHttpRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds every request to the edge's rules before anything reads it: path variables and query values free of
 * control characters, and a body that is JSON, sent as {@code application/json}, strictly of the route's body type.
 * Runs before security so that a malformed request is refused the same way for everyone and never reaches a store.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class StrictJsonFilter implements Ordered {

    private final StrictJsonReader reader = new StrictJsonReader();

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        checkParameters(request, route);
        byte[] body = bodyOf(request);
        if (body.length == 0) {
            return;
        }
        Optional<Argument<?>> bodyType = route.flatMap(match -> match.getRouteInfo().getBodyArgument()
                .or(() -> match.getRouteInfo().getFullRequestBodyType()));
        if (bodyType.isEmpty() || isRaw(bodyType.get().getType())) {
            // no body is read, or it is read as raw text or bytes, not as JSON
            return;
        }
        if (!isJson(request.getContentType())) {
            throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the body as application/json (the Content-Type header is missing or names another type).");
        }
        // @Body("field") binds one field of the document: the document is held to the text rules, the field's own
        // binding checks its type
        Argument<?> documentType = bodyType.get().getAnnotationMetadata().stringValue(Body.class).isPresent()
                ? Argument.OBJECT_ARGUMENT : bodyType.get();
        switch (reader.read(body, documentType)) {
            case StrictJsonReader.Verdict.Accepted accepted -> {
            }
            case StrictJsonReader.Verdict.Malformed malformed -> throw Problems.badRequest("MALFORMED_JSON", malformed.detail());
            case StrictJsonReader.Verdict.Invalid invalid -> throw Problems.validation(invalid.errors());
        }
    }

    private static void checkParameters(HttpRequest<?> request, Optional<RouteMatch<?>> route) {
        List<FieldError> errors = new ArrayList<>();
        route.filter(UriRouteMatch.class::isInstance).map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues())
                .ifPresent(variables -> variables.forEach((name, value) -> check(name, String.valueOf(value), errors)));
        ConvertibleMultiValues<String> query = request.getParameters();
        for (Map.Entry<String, List<String>> entry : query) {
            check(entry.getKey(), entry.getKey(), errors);
            for (String value : entry.getValue()) {
                check(entry.getKey(), value, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "INVALID_PARAMETER", "A path or query parameter holds characters that no "
                    + "valid value has.", errors, Map.of());
        }
    }

    private static void check(String name, String value, List<FieldError> errors) {
        JsonText.problemWithLine(value).ifPresent(problem -> errors.add(new FieldError(name, problem)));
    }

    private static boolean isRaw(Class<?> type) {
        return CharSequence.class.isAssignableFrom(type) || type == byte[].class
                || java.io.InputStream.class.isAssignableFrom(type) || io.micronaut.core.io.buffer.ByteBuffer.class.isAssignableFrom(type);
    }

    private static boolean isJson(Optional<MediaType> contentType) {
        return contentType.map(type -> type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json")))
                .orElse(false);
    }

    private static byte[] bodyOf(HttpRequest<?> request) {
        if (request instanceof ApiGatewayServletRequest<?, ?, ?> lambda) {
            if (lambda.getNativeRequest() instanceof APIGatewayV2HTTPEvent event
                    && (event.getBody() == null || event.getBody().isEmpty())) {
                // most requests have no body: answer without the proxy's EmptyBodyException and its stack trace
                return new byte[0];
            }
            try {
                return lambda.getBodyBytes();
            } catch (ApiGatewayServletRequest.EmptyBodyException empty) {
                return new byte[0];
            }
        }
        if (request instanceof FullHttpRequest<?> full && full.contents() != null) {
            return full.contents().toByteArray();
        }
        return new byte[0];
    }
}
