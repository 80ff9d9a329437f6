package dev.focus.identity.adapter;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.Optional;

/** {@code focus.oauth.google.*}: where Google's signing keys are published and our OAuth client id (the audience). */
@ConfigurationProperties("focus.oauth.google")
interface GoogleSettings {

    Optional<String> getJwksUrl();

    Optional<String> getClientId();
}
