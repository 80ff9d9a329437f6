package dev.focus.lambda.bridge;

import java.time.Duration;
import java.util.Objects;

/**
 * One handler, ready to answer events given as JSON, as the Lambda Java runtime would call it.
 * Thread-safe: concurrent calls reach the same handler instance, as concurrent requests on threads do.
 */
public final class LambdaBridge {

    private static final int DEFAULT_MEMORY_MB = 1024;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final HandlerInvoker invoker;
    private final Object handler;

    private LambdaBridge(HandlerInvoker invoker, Object handler) {
        this.invoker = invoker;
        this.handler = handler;
    }

    /**
     * Builds the handler named as in a Lambda function's configuration: a class name, or {@code Class::method}.
     * The class comes from the thread context class loader (the function's loader), built with its no-arg
     * constructor: this is the function's cold start.
     */
    public static LambdaBridge forHandler(String handler) {
        var name = HandlerName.parse(handler);
        var loader = Thread.currentThread().getContextClassLoader();
        var instance = HandlerInstances.create(name.className(), loader);
        return new LambdaBridge(HandlerInvokers.forInstance(instance, name.methodName(), loader), instance);
    }

    /** Wraps a handler object built elsewhere (a RequestHandler or a RequestStreamHandler). */
    public static LambdaBridge forInstance(Object handler) {
        Objects.requireNonNull(handler, "handler");
        var loader = handler.getClass().getClassLoader();
        return new LambdaBridge(HandlerInvokers.forInstance(handler, null, loader), handler);
    }

    /** Answers one event: the response JSON, exactly what the Lambda runtime would send back. */
    public String invoke(String eventJson, String functionName) {
        var context = LambdaContext.start(functionName, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT);
        return invoker.invoke(eventJson, context);
    }

    /** The handler object, e.g. to close it. */
    public Object handler() {
        return handler;
    }
}
