package dev.focus.kernel.api;

import java.util.List;
import java.util.Map;

/** The problems every context raises, each with its HTTP status fixed and a stable code chosen by the caller. */
public final class Problems {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

    private Problems() {
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, detail);
    }

    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(400, VALIDATION_FAILED, "The request has invalid fields.", errors, Map.of());
    }

    public static ProblemException validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ProblemException unauthorized(String code, String detail) {
        return new ProblemException(401, code, detail);
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, detail);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail);
    }

    public static ProblemException tooManyRequests(String code, String detail, long retryAfterSeconds) {
        return new ProblemException(429, code, detail, List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ProblemException serviceUnavailable(String code, String detail, long retryAfterSeconds) {
        return new ProblemException(503, code, detail, List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }
}
