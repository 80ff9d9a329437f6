package dev.focus.identity.application;

/** A field that breaks an account rule, named as the API names it. */
public record InvalidInput(String field, String message) {
}
