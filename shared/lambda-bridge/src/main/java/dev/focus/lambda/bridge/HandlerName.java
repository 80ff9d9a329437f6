package dev.focus.lambda.bridge;

/** A Lambda handler setting: {@code com.example.Handler} or {@code com.example.Handler::handleRequest}. */
record HandlerName(String className, String methodName) {

    static HandlerName parse(String handler) {
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException("A handler name is required, e.g. com.example.Handler or com.example.Handler::method");
        }
        int separator = handler.indexOf("::");
        if (separator < 0) {
            return new HandlerName(handler.strip(), null);
        }
        return new HandlerName(handler.substring(0, separator).strip(), handler.substring(separator + 2).strip());
    }
}
