package dev.focus.rooms.application;

/** Who asks: the access token's user, the name it carries, and whether they are an admin. */
public record Viewer(String userId, String username, boolean admin) {
}
