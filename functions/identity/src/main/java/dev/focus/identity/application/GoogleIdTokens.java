package dev.focus.identity.application;

import java.util.Optional;

/** Checks a Google ID token (signature, issuer, audience, expiry); empty when any check fails. */
public interface GoogleIdTokens {

    Optional<GoogleIdentity> verify(String idToken);

    record GoogleIdentity(String subject, String email, boolean emailVerified) {
    }
}
