package dev.focus.lambda.host;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A handler's API Gateway HTTP API (payload 2.0) response, read from its JSON; the body decoded if base64. */
public record HttpApiResponse(int statusCode, Map<String, String> headers, String body) {

    public HttpApiResponse {
        var caseInsensitive = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
    }

    public static HttpApiResponse parse(String responseJson) {
        APIGatewayV2HTTPResponse response = JacksonFactory.getInstance().getSerializer(APIGatewayV2HTTPResponse.class)
                .fromJson(responseJson);
        String body = response.getBody();
        if (body != null && response.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return new HttpApiResponse(response.getStatusCode(),
                response.getHeaders() == null ? Map.of() : response.getHeaders(), body == null ? "" : body);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
