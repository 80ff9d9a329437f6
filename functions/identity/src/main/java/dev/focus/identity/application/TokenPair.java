package dev.focus.identity.application;

public record TokenPair(String accessToken, String refreshToken, long expiresInSeconds) {
}
