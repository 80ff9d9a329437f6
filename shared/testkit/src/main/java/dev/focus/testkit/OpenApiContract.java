package dev.focus.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.PercentEncoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A function's served OpenAPI document, held against every request a route test sends and every answer it gets:
 * an answer must be one the document lists for that operation, with the schema it names; a request the document
 * refuses must be refused (4xx) by the function too. So the document cannot drift from the wire unnoticed.
 */
public final class OpenApiContract {

    private final String name;
    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String name, String document) {
        this.name = name;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                // a body sent to a route that takes none and an undeclared query parameter are ignored by the
                // functions (docs/api.md, Input rules), and an answer is JSON whatever the Accept header asks for,
                // as HTTP lets a server do
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE).build())
                .build();
    }

    /** The document micronaut-openapi generated into the function's classes, e.g. {@code META-INF/swagger/focus-rooms-1.yml}. */
    public static OpenApiContract fromClasspath(String resource) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No OpenAPI document " + resource + " on the class path: build the function first");
            }
            return new OpenApiContract(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document as served, e.g. fetched from the local stack's {@code /docs/openapi/}. */
    public static OpenApiContract of(String name, String document) {
        return new OpenApiContract(name, document);
    }

    /** Throws an AssertionError naming every way the exchange departs from the document. */
    public void check(HttpRequestData request, ApiGatewayHttpResponse response) {
        try {
            checkReadable(request, response);
        } catch (IllegalArgumentException unreadable) {
            // MalformedPercentEncodingException, or the validator's own decoder failing on a bad escape
            // no function read it: the gateway refuses what cannot be decoded
            expect(response, 400, "the request cannot be decoded (" + unreadable.getMessage() + ")");
            expectProblem(response);
        }
    }

    private void checkReadable(HttpRequestData request, ApiGatewayHttpResponse response) {
        Request modelled = request(request);
        String path = modelled.getPath();
        Request.Method method = modelled.getMethod();
        ValidationReport asked = validator.validateRequest(modelled);
        if (has(asked, "validation.request.path.missing")) {
            // no such path, or a parameter no path of the document can hold (a control character, say)
            if (response.statusCode() != 404 && response.statusCode() != 400) {
                expect(response, 404, "no operation of " + name + " has the path " + path);
            }
            expectProblem(response);
            return;
        }
        if (has(asked, "validation.request.operation.notAllowed")) {
            expect(response, 405, name + " has no " + method + " on " + path);
            expectProblem(response);
            return;
        }
        ValidationReport answer = validator.validateResponse(path, method, response(response));
        if (answer.hasErrors()) {
            throw new AssertionError(describe("the answer " + response.statusCode() + " to " + method + " " + path
                    + " is not what " + name + " promises", answer) + "\n  body: " + response.bodyText());
        }
        boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
        if (asked.hasErrors() && !refused) {
            throw new AssertionError(describe(name + " refuses " + method + " " + path + " but the function answered "
                    + response.statusCode(), asked));
        }
    }

    private static boolean has(ValidationReport report, String key) {
        return report.getMessages().stream().anyMatch(message -> message.getKey().equals(key));
    }

    private static void expect(ApiGatewayHttpResponse response, int status, String why) {
        if (response.statusCode() != status) {
            throw new AssertionError(why + ", so the answer must be " + status + ", not " + response.statusCode() + ": "
                    + response.bodyText());
        }
    }

    private static void expectProblem(ApiGatewayHttpResponse response) {
        String type = String.valueOf(response.header("content-type"));
        if (!type.startsWith("application/problem+json")) {
            throw new AssertionError("an error must be a problem+json document, not " + type + ": " + response.bodyText());
        }
    }

    private static String describe(String headline, ValidationReport report) {
        return headline + ":\n  - " + report.getMessages().stream()
                .map(message -> message.getKey() + ": " + message.getMessage())
                .collect(Collectors.joining("\n  - "));
    }

    private static Request request(HttpRequestData data) {
        // still encoded: the validator decodes each path parameter itself ('+' is a plus in a path, not a space)
        String path = data.rawPath().replace("+", "%2B");
        SimpleRequest.Builder builder = new SimpleRequest.Builder(data.method(), path);
        for (Map.Entry<String, String> header : data.headers()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (!data.rawQuery().isEmpty()) {
            for (String pair : data.rawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                builder.withQueryParam(decode(key), decode(value));
            }
        }
        if (data.body().length > 0) {
            builder.withBody(new String(data.body(), StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static String decode(String raw) {
        return PercentEncoding.decodeQueryComponent(raw);
    }

    private static SimpleResponse response(ApiGatewayHttpResponse answer) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().forEach(builder::withHeader);
        if (answer.body().length > 0) {
            builder.withBody(answer.bodyText());
        }
        return builder.build();
    }
}
