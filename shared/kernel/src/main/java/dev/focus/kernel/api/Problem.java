package dev.focus.kernel.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is the stable, machine-readable reason clients switch on
 * ({@code ROOM_FULL}, {@code TOKEN_EXPIRED}); {@code errors} lists each bad field of a validation failure, and is {@code []} otherwise: every field is
 * always present, as in every answer of the API (and as the local gateway writes its own problems).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://focus.dev/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code.toLowerCase().replace('_', '-'), Titles.of(status), status, detail, code, errors);
    }
}
