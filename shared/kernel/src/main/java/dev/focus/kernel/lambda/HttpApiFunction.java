package dev.focus.kernel.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.nio.charset.StandardCharsets;

/**
 * The handler of every HTTP API function. API Gateway hands {@code requestContext.http.path} over decoded
 * ({@code /rooms/a b}), and Micronaut builds its request URI from it: a space, a backslash or a {@code %} in a
 * segment would fail that URI, and the invocation with it (a 500 for a client's typo). So the path is encoded
 * again first, each segment as the client meant it.
 */
public class HttpApiFunction extends APIGatewayV2HTTPEventFunction {

    public HttpApiFunction() {
        super();
    }

    public HttpApiFunction(ApplicationContext applicationContext) {
        super(applicationContext);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent input, Context context) {
        if (input != null && input.getRequestContext() != null && input.getRequestContext().getHttp() != null
                && input.getRequestContext().getHttp().getPath() != null) {
            input.getRequestContext().getHttp().setPath(encodePath(input.getRequestContext().getHttp().getPath()));
        }
        return super.handleRequest(input, context);
    }

    /** Percent-encodes (as UTF-8) every character RFC 3986 does not allow as such in a path; '/' still separates. */
    static String encodePath(String decoded) {
        StringBuilder out = new StringBuilder(decoded.length() + 16);
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isPathCharacter(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isPathCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
}
