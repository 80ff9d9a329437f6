package dev.focus.lambda.host;

/** A hosted function failed to start or threw while answering; the cause is the function's own exception. */
public final class FunctionInvocationException extends RuntimeException {

    public FunctionInvocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
