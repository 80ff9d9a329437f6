package dev.focus.emulators;

/** A path or query that {@link PercentEncoding} cannot decode: a client's mistake, answered 400 by the gateway. */
public final class MalformedPercentEncodingException extends IllegalArgumentException {

    public MalformedPercentEncodingException(String message) {
        super(message);
    }
}
