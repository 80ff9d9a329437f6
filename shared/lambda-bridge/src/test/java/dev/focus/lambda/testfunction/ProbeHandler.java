package dev.focus.lambda.testfunction;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

/** Echoes the request and reports what it sees from inside its class loader, in response headers. */
public class ProbeHandler extends HttpHandler<APIGatewayV2HTTPEvent> implements AutoCloseable {

    public static final String CLOSED_MARKER_PROPERTY = "probe.closed-marker";

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event.getRawPath().equals("/boom")) {
            throw new IllegalStateException("boom from the probe");
        }
        var headers = new HashMap<String, String>();
        headers.put("content-type", "text/plain");
        headers.put("x-method", event.getRequestContext().getHttp().getMethod());
        headers.put("x-path", event.getRawPath());
        headers.put("x-query", String.valueOf(event.getQueryStringParameters()));
        headers.put("x-request-id", context.getAwsRequestId());
        headers.put("x-function", context.getFunctionName());
        headers.put("x-remaining-ms", Integer.toString(context.getRemainingTimeInMillis()));
        headers.put("x-loader", String.valueOf(getClass().getClassLoader().getName()));
        headers.put("x-sees-host", Boolean.toString(visible("org.assertj.core.api.Assertions")));
        headers.put("x-greeting", String.valueOf(System.getProperty("probe.greeting")));
        if (event.getRawPath().startsWith("/cold")) {
            context.getLogger().log("probe answered " + event.getRawPath() + "\n");
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(event.getRequestContext().getHttp().getMethod().equals("POST") ? 201 : 200)
                .withHeaders(headers)
                .withBody(event.getBody())
                .build();
    }

    private boolean visible(String className) {
        try {
            Class.forName(className, false, getClass().getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        String marker = System.getProperty(CLOSED_MARKER_PROPERTY);
        if (marker != null) {
            Files.writeString(Path.of(marker), "closed");
        }
    }
}
