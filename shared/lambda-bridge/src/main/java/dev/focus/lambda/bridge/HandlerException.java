package dev.focus.lambda.bridge;

/** The handler could not be built or threw while answering; the cause is the handler's own error. */
public final class HandlerException extends RuntimeException {

    public HandlerException(String message, Throwable cause) {
        super(message, cause);
    }
}
