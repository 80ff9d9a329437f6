package dev.focus.kernel.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns every error Micronaut itself answers (no route, wrong method, unreadable JSON, failed validation,
 * unexpected exception) into the same problem+json document our own {@link ProblemException}s produce.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private final Clock clock;

    ProblemResponseProcessor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Problem problem = problemFor(response.code(), context);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private Problem problemFor(int status, ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException problem) {
            return problem.toProblem();
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Problem.of(400, Problems.VALIDATION_FAILED, "The request has invalid fields.", fieldErrors(violations));
        }
        return switch (status) {
            case 400 -> badRequest(cause, context);
            case 401 -> BearerToken.expired(context.getRequest(), clock)
                    ? Problem.of(401, "TOKEN_EXPIRED", "The access token has expired: refresh it.", List.of())
                    : Problem.of(401, "UNAUTHORIZED", "A valid access token is required.", List.of());
            case 403 -> Problem.of(403, "FORBIDDEN", "You are not allowed to do this.", List.of());
            case 404 -> Problem.of(404, "NOT_FOUND", "No such resource: " + context.getRequest().getPath(), List.of());
            case 405 -> Problem.of(405, "METHOD_NOT_ALLOWED",
                    context.getRequest().getMethodName() + " is not allowed on " + context.getRequest().getPath(), List.of());
            case 406 -> Problem.of(406, "NOT_ACCEPTABLE", "The requested media type cannot be produced.", List.of());
            case 413 -> Problem.of(413, "PAYLOAD_TOO_LARGE", "The request body is too large.", List.of());
            case 415 -> Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.", List.of());
            default -> {
                if (status >= 500) {
                    // the route executor has already logged the exception with its stack trace
                    yield Problem.of(status, "INTERNAL_ERROR", "An unexpected error occurred.", List.of());
                }
                yield Problem.of(status, "HTTP_" + status, HttpStatus.valueOf(status).getReason(), List.of());
            }
        };
    }

    private static Problem badRequest(Throwable cause, ErrorContext context) {
        if (cause instanceof UnsatisfiedBodyRouteException || isBodyArgument(cause) || isEmptyBody(cause)) {
            return Problem.of(400, "BODY_REQUIRED", "A JSON request body is required.", List.of());
        }
        if (cause instanceof UnsatisfiedRouteException missing) {
            String name = JsonNames.snakeCase(missing.getArgument().getName());
            return Problem.of(400, "MISSING_PARAMETER", "The parameter '" + name + "' is required.",
                    List.of(new FieldError(name, "is required")));
        }
        if (cause instanceof ConversionErrorException conversion && !isBody(conversion)) {
            String name = JsonNames.snakeCase(conversion.getArgument().getName());
            return Problem.of(400, "INVALID_PARAMETER", "The parameter '" + name + "' has an invalid value.",
                    List.of(new FieldError(name, "has an invalid value")));
        }
        return Problem.of(400, "MALFORMED_JSON", "The request body is not valid JSON of the expected shape.", List.of());
    }

    /** The servlet-style Lambda binding reports a missing body as a codec failure on an empty input. */
    private static boolean isEmptyBody(Throwable cause) {
        return cause instanceof CodecException && cause.getMessage() != null && cause.getMessage().contains("Empty body");
    }

    private static boolean isBodyArgument(Throwable cause) {
        return cause instanceof UnsatisfiedArgumentException unsatisfied
                && unsatisfied.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class);
    }

    private static boolean isBody(ConversionErrorException conversion) {
        return conversion.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class);
    }

    private static List<FieldError> fieldErrors(ConstraintViolationException exception) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** {@code register.request.displayName} becomes {@code display_name}; a bare parameter keeps its own name. */
    private static String fieldName(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() != null) {
                    properties.add(JsonNames.snakeCase(node.getName()));
                }
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = JsonNames.snakeCase(node.getName());
            }
        }
        if (properties.isEmpty()) {
            return parameter == null ? path.toString() : parameter;
        }
        return String.join(".", properties);
    }
}
