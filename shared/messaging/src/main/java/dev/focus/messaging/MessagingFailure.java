package dev.focus.messaging;

/** SQS or SES refused or could not be reached; the cause says which and why. */
public final class MessagingFailure extends RuntimeException {

    public MessagingFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
