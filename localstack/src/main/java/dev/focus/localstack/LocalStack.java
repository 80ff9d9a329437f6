package dev.focus.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.lambda.host.IsolatedFunction;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.resources.WebSocketApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole backend in one process: the emulators, the functions' real handlers, each in its own class loader,
 * a local API Gateway in front of them on {@code http://localhost:<port>} (HTTP routes, and the WebSocket API on
 * {@code ws://localhost:<port>/ws} with its Management API), and the SQS event sources that feed the queue
 * consumers. Run it with {@code ./mvnw -Plocal}.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    /** Like Lambda's concurrency, but sized for a laptop: requests beyond this wait for a free worker. */
    private static final int WORKERS = 64;

    private final StackOptions options;
    private final List<HostedFunction> functions;
    private final ThreadPoolExecutor workers;
    private final Dispatcher dispatcher = new Dispatcher();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<IsolatedFunction> loaded = new ArrayList<>();
    private HttpServer server;
    private Emulators emulators;
    private FunctionSettings settings;
    private EventSources eventSources;
    private Optional<WebSocketGateway> webSocket = Optional.empty();
    private boolean stopped;

    private LocalStack(StackOptions options, List<HostedFunction> functions) {
        this.options = options;
        this.functions = List.copyOf(functions);
        this.workers = workerPool();
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(StackOptions.USAGE);
            return;
        }
        Path root = StackOptions.findRepositoryRoot(Path.of(""));
        StackOptions options;
        try {
            options = StackOptions.parse(args, System.getenv(), root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StackOptions.USAGE);
            System.exit(2);
            return;
        }
        var stack = new LocalStack(options, focusFunctions(root));
        // registered before anything starts, so Ctrl-C during startup still stops PostgreSQL
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "focus-localstack-shutdown"));
        try {
            stack.startAll();
        } catch (MissingJarException | PortInUseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            LOG.error("The Focus local stack failed to start", e);
            System.exit(1);
        }
        stack.awaitClose();
    }

    /** Starts a stack and returns once {@code /health} answers 200; close it to stop everything. */
    public static LocalStack start(StackOptions options, List<HostedFunction> functions) {
        var stack = new LocalStack(options, functions);
        try {
            stack.startAll();
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** The functions of {@link FocusResources}, their jars under {@code repositoryRoot}. */
    public static List<HostedFunction> focusFunctions(Path repositoryRoot) {
        return FocusResources.functions().stream().map(f -> HostedFunction.of(f, repositoryRoot)).toList();
    }

    /** The HS256 secret the stack gives its functions, so local tools can sign access tokens they accept. */
    public static String localJwtSecret() {
        return FunctionSettings.LOCAL_JWT_SECRET;
    }

    public int port() {
        return server.port();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port());
    }

    private synchronized void startAll() {
        long startNanos = System.nanoTime();
        MissingJarException.check(functions);
        var routes = new RouteTable(functions.stream()
                .flatMap(f -> f.routes().stream().map(r -> new RouteTable.Entry(f.name(), r)))
                .toList());
        // first: a taken port stops the start before any emulator runs
        server = HttpServer.bind(options.port(), workers, dispatcher, dispatcher, options.http());
        String baseUrl = "http://localhost:" + server.port();
        LOG.info("Starting the Focus local stack on {} (GET /health answers 503 until it is up)", baseUrl);

        emulators = Emulators.start(options.dataDir(), options.wipe());
        String webBaseUrl = options.webBaseUrl().orElse(baseUrl + WebStandIns.PREFIX);
        Map<String, String> resolved = FunctionSettings.resolve(emulators.settings(), baseUrl, webBaseUrl,
                functions.stream().map(HostedFunction::settings).toList());
        settings = FunctionSettings.apply(resolved);
        Map<String, Duration> inits = loadFunctions();

        var json = new ObjectMapper();
        var docs = new DocsEndpoint(OpenApiDocuments.readFrom(functions),
                guides(), List.of(new DocLink("WebSocket protocol", DocsEndpoint.GUIDES + "websocket.md"),
                        new DocLink("API conventions", DocsEndpoint.GUIDES + "api.md"),
                        new DocLink("Sent emails", EmailsEndpoint.HTML_PATH), new DocLink("Health", "/health")));
        Map<String, IsolatedFunction> byName = new LinkedHashMap<>();
        loaded.forEach(f -> byName.put(f.name(), f));
        eventSources = startEventSources(resolved, byName);
        webSocket = webSocketGateway(byName);
        Duration startup = Duration.ofNanos(System.nanoTime() - startNanos);
        dispatcher.ready(new Dispatcher.Services(
                new ApiRoutes(routes, byName, new HttpApiCodec()),
                docs,
                new EmailsEndpoint(emulators::emails, json),
                new WebStandIns(),
                new HealthReport(json, server.port(), startup, inits, endpoints(resolved), eventSources.mappings(),
                        webSocket),
                webSocket));
        LOG.info("Focus local stack is up on {} in {} ms: API docs {}/docs, sent emails {}{}, functions {}, "
                        + "event sources {}, WebSocket API {}", baseUrl, startup.toMillis(), baseUrl, baseUrl,
                EmailsEndpoint.HTML_PATH, inits.keySet(), eventSources.mappings(),
                webSocket.map(ws -> "ws://localhost:" + server.port() + ws.path()).orElse("none (no "
                        + FocusResources.WEBSOCKET_API.function() + " function)"));
    }

    /** The client developers' guides in the repository's docs/, served under /docs/guides/. */
    private Map<String, Path> guides() {
        Path docs = options.repositoryRoot().resolve("docs");
        return Map.of("websocket.md", docs.resolve("websocket.md"), "api.md", docs.resolve("api.md"));
    }

    private Map<String, Duration> loadFunctions() {
        var pending = new ArrayList<Future<IsolatedFunction>>();
        var lastOfJar = new HashMap<Path, CompletableFuture<?>>();
        for (HostedFunction function : functions) {
            // functions of one jar (rooms, rooms-worker) start one after another: Micronaut reads a jar through the
            // JVM-wide zip file system of that jar and closes it when done, breaking another context reading it at
            // the same time (micronaut-core#7654); different jars still start in parallel
            CompletableFuture<?> before = lastOfJar.getOrDefault(function.jar(), CompletableFuture.completedFuture(null));
            // loaded on worker threads: a function's framework never sees the caller's stack (e.g. JUnit's)
            CompletableFuture<IsolatedFunction> load = before.handle((done, failed) -> null).thenApplyAsync(
                    ignored -> IsolatedFunction.load(function.name(), function.jar(), function.handler()), workers);
            lastOfJar.put(function.jar(), load);
            pending.add(load);
        }
        var inits = new LinkedHashMap<String, Duration>();
        RuntimeException failure = null;
        for (Future<IsolatedFunction> future : pending) {
            try {
                IsolatedFunction function = future.get();
                loaded.add(function);
                inits.put(function.name(), function.initDuration());
                LOG.info("Function {} started in {} ms", function.name(), function.initDuration().toMillis());
            } catch (ExecutionException e) {
                var cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the functions", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return inits;
    }

    private EventSources startEventSources(Map<String, String> resolved, Map<String, IsolatedFunction> functions) {
        var consumers = new LinkedHashMap<String, QueueConsumer>();
        functions.forEach((name, function) -> consumers.put(name, function::invoke));
        return EventSources.start(emulators.sqsEndpoint(), resolved.get(Setting.REGION.property()),
                FocusResources.queues(), emulators.queueUrls(), consumers);
    }

    /** The WebSocket API of {@link FocusResources}, when the stack hosts its function (tests often do not). */
    private Optional<WebSocketGateway> webSocketGateway(Map<String, IsolatedFunction> functions) {
        WebSocketApi api = FocusResources.WEBSOCKET_API;
        return Optional.ofNullable(functions.get(api.function())).map(function -> new WebSocketGateway(api,
                function.name(), function::invoke, workers, options.webSockets(), Clock.systemUTC()));
    }

    private static Map<String, String> endpoints(Map<String, String> settings) {
        var endpoints = new LinkedHashMap<String, String>();
        settings.forEach((property, value) -> {
            if (property.endsWith(".endpoint") || property.equals(Setting.DATASOURCE_URL.property())
                    || (property.startsWith("focus.queues.") && property.endsWith(".url"))) {
                endpoints.put(property, value);
            }
        });
        return endpoints;
    }

    /** What the functions read to reach the emulators (endpoints, the JDBC URL and its credentials), once started. */
    public Map<String, String> emulatorSettings() {
        return emulators.settings();
    }

    /** Blocks until {@link #close()} has run, e.g. from the Ctrl-C shutdown hook. */
    public void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops accepting requests and polling queues, lets running requests and batches finish, closes the WebSocket
     * connections (1001, going away; the function hears each $disconnect), closes the functions, then stops the
     * emulators.
     */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (server != null) {
            LOG.info("Stopping the Focus local stack");
        }
        dispatcher.stopping();
        if (server != null) {
            server.stopAccepting();
        }
        if (eventSources != null) {
            eventSources.close();
        }
        // before the workers stop, so each socket's $disconnect still reaches the function
        webSocket.ifPresent(WebSocketGateway::close);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Requests still running after 10 s; closing the functions anyway");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (IsolatedFunction function : loaded) {
            try {
                function.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Function {} did not close cleanly", function.name(), e);
            }
        }
        if (emulators != null) {
            emulators.close();
        }
        if (settings != null) {
            settings.close();
        }
        if (server != null) {
            server.close();
        }
        if (server != null) {
            LOG.info("Focus local stack stopped");
        }
        closed.countDown();
    }

    private static ThreadPoolExecutor workerPool() {
        var counter = new AtomicInteger();
        var pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> new Thread(task, "focus-worker-" + counter.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
