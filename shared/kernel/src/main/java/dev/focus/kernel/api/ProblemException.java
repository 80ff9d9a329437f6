package dev.focus.kernel.api;

import java.util.List;
import java.util.Map;

/**
 * Ends a request with a problem+json answer. Thrown by controllers when they map a use case's result to an
 * error; {@link Problems} has the usual ones. {@code headers} carries extras such as {@code Retry-After}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String code, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return Problem.of(status, code, getMessage(), errors);
    }
}
