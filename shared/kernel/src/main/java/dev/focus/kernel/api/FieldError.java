package dev.focus.kernel.api;

import io.micronaut.serde.annotation.Serdeable;

/** One bad input field of a request: its snake_case name (dotted for nested fields) and what is wrong. */
@Serdeable
public record FieldError(String field, String message) {
}
