package dev.focus.identity.application;

import dev.focus.identity.model.User;

/** Account emails; each carries a link with {@code token=...}. */
public interface Mailer {

    void sendVerification(User user, String token);

    void sendPasswordReset(User user, String token);
}
