package dev.focus.identity.model;

import java.util.Optional;

/** What a user asked to change in their profile; an empty field stays as it is. */
public record ProfileChanges(Optional<String> username, Optional<String> bio, Optional<String> avatarUrl,
                             Optional<String> timezone, Optional<EmailPreferences> emailPreferences) {
}
