package dev.focus.bench;

/** Someone a benchmark acts as: a user id, a username and an access token the functions accept. */
record BenchUser(String id, String username, String token) {
}
