package dev.focus.identity.application;

/** The identity provider's keys could not be fetched: not the caller's fault, worth a retry. */
public final class IdentityProviderUnavailable extends RuntimeException {

    public IdentityProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
