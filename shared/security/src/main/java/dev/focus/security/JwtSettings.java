package dev.focus.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Duration;

/** {@code focus.jwt.*}: the HMAC secret (at least 32 bytes, as HS256 requires) and the token lifetimes. */
@ConfigurationProperties("focus.jwt")
public interface JwtSettings {

    @NotBlank
    @Size(min = 32)
    String getSecret();

    default Duration getAccessTokenTtl() {
        return Duration.ofMinutes(15);
    }

    default Duration getRefreshTokenTtl() {
        return Duration.ofDays(7);
    }
}
