package dev.focus.identity.model;

/** Which optional emails a user wants. Account emails (verification, reset) are always sent. */
public record EmailPreferences(boolean reminders, boolean weeklyDigest, boolean challengeUpdates) {

    public static EmailPreferences defaults() {
        return new EmailPreferences(true, true, true);
    }
}
