package dev.focus.lambda.host;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Lambda function hosted in this JVM: its deployment jar in its own class loader whose parent is the
 * platform loader, so it sees only its own classes (and the runtime's), never the host's or another
 * function's. Events go in and responses come out as JSON strings, as through the Lambda runtime.
 * Thread-safe: concurrent invocations share the one warm handler.
 */
public final class IsolatedFunction implements AutoCloseable {

    private static final String BRIDGE = "dev.focus.lambda.bridge.LambdaBridge";

    private final String name;
    private final URLClassLoader loader;
    private final Object bridge;
    private final MethodHandle invoke;
    private final Duration initDuration;

    private IsolatedFunction(String name, URLClassLoader loader, Object bridge, MethodHandle invoke, Duration initDuration) {
        this.name = name;
        this.loader = loader;
        this.bridge = bridge;
        this.invoke = invoke;
        this.initDuration = initDuration;
    }

    /** Loads the jar and builds its handler now: the cold start, measured in {@link #initDuration()}. */
    public static IsolatedFunction load(String name, Path deploymentJar, String handler) {
        if (!Files.isRegularFile(deploymentJar)) {
            throw new IllegalArgumentException("No deployment jar for " + name + " at " + deploymentJar.toAbsolutePath()
                    + " (build its module first)");
        }
        var loader = new URLClassLoader("function:" + name, urls(deploymentJar), ClassLoader.getPlatformClassLoader());
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        long start = System.nanoTime();
        try {
            Class<?> bridgeType = Class.forName(BRIDGE, true, loader);
            var lookup = MethodHandles.publicLookup();
            Object bridge = lookup.findStatic(bridgeType, "forHandler", MethodType.methodType(bridgeType, String.class))
                    .invoke(handler);
            MethodHandle invoke = lookup.findVirtual(bridgeType, "invoke",
                            MethodType.methodType(String.class, String.class, String.class))
                    .bindTo(bridge)
                    .asType(MethodType.methodType(String.class, String.class, String.class));
            return new IsolatedFunction(name, loader, bridge, invoke, Duration.ofNanos(System.nanoTime() - start));
        } catch (Error e) {
            closeQuietly(loader, e);
            throw e;
        } catch (Throwable e) {
            closeQuietly(loader, e);
            throw new FunctionInvocationException("Function " + name + " failed to start (handler " + handler + ")", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Answers one event with the function's handler; throws {@link FunctionInvocationException} if it threw. */
    public String invoke(String eventJson) {
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return (String) invoke.invokeExact(eventJson, name);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new FunctionInvocationException("Function " + name + " threw while answering", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public String name() {
        return name;
    }

    /** How long building the handler took: class loading plus the framework's start, as in a Lambda init phase. */
    public Duration initDuration() {
        return initDuration;
    }

    /** Closes the handler (if it is AutoCloseable, as Micronaut's are) and then the class loader. */
    @Override
    public void close() throws IOException {
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Object handler = bridge.getClass().getMethod("handler").invoke(bridge);
            if (handler instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (RuntimeException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Closing the handler of " + name + " failed", e);
        } finally {
            thread.setContextClassLoader(previous);
            loader.close();
        }
    }

    private static URL[] urls(Path deploymentJar) {
        List<Path> paths = new ArrayList<>();
        paths.add(deploymentJar);
        paths.addAll(BridgeClasspath.entries());
        try {
            var urls = new URL[paths.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = paths.get(i).toUri().toURL();
            }
            return urls;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Bad classpath entry in " + paths, e);
        }
    }

    private static void closeQuietly(URLClassLoader loader, Throwable failure) {
        try {
            loader.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
