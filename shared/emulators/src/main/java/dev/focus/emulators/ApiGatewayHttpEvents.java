package dev.focus.emulators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.focus.resources.HttpRoute;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Speaks the API Gateway HTTP API payload format 2.0 with a Lambda handler: {@link #event} builds the JSON event
 * AWS would send for a request, {@link #parse} reads the handler's answer the way API Gateway does.
 */
public final class ApiGatewayHttpEvents {

    public static final String ACCOUNT_ID = "000000000000";
    public static final String API_ID = "local";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ApiGatewayHttpEvents() {
    }

    /**
     * The event API Gateway sends for {@code request} to the function owning {@code routes}, or empty when none of
     * them matches. The first matching route wins: one function's routes never overlap.
     */
    public static Optional<String> routedEvent(List<HttpRoute> routes, HttpRequestData request, Clock clock) {
        for (HttpRoute route : routes) {
            Optional<Map<String, String>> parameters = match(route.routeKey(), request.method(), request.rawPath());
            if (parameters.isPresent()) {
                return Optional.of(event(request, route.routeKey(), parameters.get(), clock));
            }
        }
        return Optional.empty();
    }

    /**
     * The path parameters when {@code routeKey} ("GET /a/{id}", "ANY /api/{proxy+}", "$default") matches the
     * request; empty when it does not match. The path is decoded before it is split, as API Gateway does, so the
     * parameters are decoded values and a {@code %2F} separates segments.
     */
    public static Optional<Map<String, String>> match(String routeKey, String method, String rawPath) {
        return RouteMatcher.match(routeKey, method, rawPath);
    }

    public static String event(HttpRequestData request, String routeKey, Map<String, String> pathParameters) {
        return event(request, routeKey, pathParameters, Clock.systemUTC());
    }

    /** A GET as a client would send it, for tests and benchmarks that call a handler directly ({@code $default} route). */
    public static String get(String pathAndQuery) {
        return request("GET", pathAndQuery, Map.of(), null);
    }

    public static String get(String pathAndQuery, Map<String, String> headers) {
        return request("GET", pathAndQuery, headers, null);
    }

    /** A POST with a JSON body ({@code content-type: application/json} unless the headers say otherwise). */
    public static String post(String path, String jsonBody) {
        return post(path, jsonBody, Map.of());
    }

    public static String post(String path, String jsonBody, Map<String, String> headers) {
        var all = new LinkedHashMap<String, String>();
        all.put("content-type", "application/json");
        headers.forEach((name, value) -> all.put(name.toLowerCase(Locale.ROOT), value));
        return request("POST", path, all, jsonBody);
    }

    /** Any request from 127.0.0.1 on the {@code $default} route. */
    public static String request(String method, String pathAndQuery, Map<String, String> headers, String body) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        var lines = new ArrayList<Map.Entry<String, String>>();
        lines.add(Map.entry("host", "localhost"));
        headers.forEach((name, value) -> lines.add(Map.entry(name, value)));
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return event(new HttpRequestData(method, path, query, lines, bytes, "127.0.0.1"), "$default", Map.of());
    }

    public static String event(HttpRequestData request, String routeKey, Map<String, String> pathParameters,
                               Clock clock) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQuery());
        List<String> cookies = cookies(request);
        if (!cookies.isEmpty()) {
            ArrayNode array = event.putArray("cookies");
            cookies.forEach(array::add);
        }
        event.set("headers", JSON.valueToTree(headers(request)));
        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) {
            event.set("queryStringParameters", JSON.valueToTree(query));
        }
        if (!pathParameters.isEmpty()) {
            event.set("pathParameters", JSON.valueToTree(pathParameters));
        }
        event.set("requestContext", requestContext(request, routeKey, clock.instant()));
        boolean binary = request.body().length > 0 && !isText(request.header("content-type").orElse(""));
        if (request.body().length > 0) {
            event.put("body", binary ? Base64.getEncoder().encodeToString(request.body())
                    : new String(request.body(), StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", binary);
        return write(event);
    }

    /** The HTTP response API Gateway makes of a handler's answer. */
    public static ApiGatewayHttpResponse parse(String responseJson) {
        return ApiGatewayHttpResponse.parse(responseJson, JSON);
    }

    private static String decodedOrRaw(String rawPath) {
        try {
            return PercentEncoding.decodePath(rawPath);
        } catch (MalformedPercentEncodingException e) {
            // the local gateway refuses such a path itself; a test may still build the event
            return rawPath;
        }
    }

    private static ObjectNode requestContext(HttpRequestData request, String routeKey, Instant now) {
        String domainName = request.header("host").orElse("localhost");
        ObjectNode context = JSON.createObjectNode();
        context.put("accountId", ACCOUNT_ID);
        context.put("apiId", API_ID);
        context.put("domainName", domainName);
        context.put("domainPrefix", domainName.split("[.:]", 2)[0]);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        // decoded, as API Gateway hands it over (the kernel's HttpApiFunction encodes it again for Micronaut)
        http.put("path", decodedOrRaw(request.rawPath()));
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", request.header("user-agent").orElse(""));
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        return context;
    }

    private static List<String> cookies(HttpRequestData request) {
        List<String> cookies = new ArrayList<>();
        request.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("cookie"))
                .flatMap(h -> List.of(h.getValue().split(";")).stream())
                .map(String::trim).filter(c -> !c.isEmpty())
                .forEach(cookies::add);
        return cookies;
    }

    private static Map<String, String> headers(HttpRequestData request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("cookie")) {
                headers.merge(name, header.getValue(), (first, next) -> first + "," + next);
            }
        }
        return headers;
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, next) -> first + "," + next);
        }
        return parameters;
    }

    /** As API Gateway decodes them: '+' is a space; a malformed escape throws {@link MalformedPercentEncodingException}. */
    private static String decode(String text) {
        return PercentEncoding.decodeQueryComponent(text);
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return type.startsWith("text/")
                || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml")
                || type.equals("application/javascript");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an API Gateway event", e);
        }
    }
}
