package dev.focus.identity.application;

public interface Passwords {

    String hash(String password);

    boolean matches(String password, String hash);

    /** Costs what {@link #matches} costs and answers false: unknown accounts must not answer faster. */
    boolean matchesNothing(String password);
}
