package dev.focus.emulators;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;
import dev.focus.resources.Setting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Everything Focus needs from AWS, on this machine: DynamoDB Local, ElasticMQ, PostgreSQL and the SES emulator,
 * started in parallel on free ports, with the table, the queues and the {@code focus} database created from
 * {@link FocusResources}. {@link #settings()} tells the functions where to find them.
 */
public final class LocalCloud implements AutoCloseable {

    public static final String DATABASE = "focus";

    private static final System.Logger LOG = System.getLogger(LocalCloud.class.getName());
    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    private final DynamoDbLocalServer dynamoDb;
    private final ElasticMqServer sqs;
    private final PostgresServer postgres;
    private final SesServer ses;
    private final Map<String, String> queueUrls;
    private final Optional<Path> temporaryDir;
    private final Duration startupTime;
    private final Thread shutdownHook;
    private boolean closed;

    /**
     * @param dataDir empty: in-memory DynamoDB and a throw-away PostgreSQL; present: both kept under this directory
     * @param wipe    delete {@code dataDir} before starting
     */
    public record Options(Optional<Path> dataDir, boolean wipe) {

        public static Options inMemory() {
            return new Options(Optional.empty(), false);
        }

        public static Options persistentIn(Path dataDir) {
            return new Options(Optional.of(dataDir), false);
        }

        public Options wiped() {
            return new Options(dataDir, true);
        }
    }

    private LocalCloud(DynamoDbLocalServer dynamoDb, ElasticMqServer sqs, PostgresServer postgres, SesServer ses,
                       Map<String, String> queueUrls, Optional<Path> temporaryDir, Duration startupTime) {
        this.dynamoDb = dynamoDb;
        this.sqs = sqs;
        this.postgres = postgres;
        this.ses = ses;
        this.queueUrls = Collections.unmodifiableMap(new LinkedHashMap<>(queueUrls));
        this.temporaryDir = temporaryDir;
        this.startupTime = startupTime;
        this.shutdownHook = new Thread(this::stop, "focus-local-cloud-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static LocalCloud start(Options options) {
        long started = System.nanoTime();
        if (options.wipe()) {
            options.dataDir().ifPresent(LocalCloud::wipe);
        }
        Optional<Path> temporaryDir = options.dataDir().isPresent() ? Optional.empty() : Optional.of(temporaryDir());
        Path postgresDir = options.dataDir().or(() -> temporaryDir).orElseThrow().resolve("postgres");
        Optional<Path> dynamoDbDir = options.dataDir().map(dir -> dir.resolve("dynamodb"));

        ExecutorService starters = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "focus-local-cloud-start");
            thread.setDaemon(true);
            return thread;
        });
        Timed<DynamoDbLocalServer> dynamoDb = Timed.start(starters, () -> {
            DynamoDbLocalServer server = DynamoDbLocalServer.start(dynamoDbDir, 0);
            server.createTable(FocusResources.TABLE);
            return server;
        });
        Timed<ElasticMqServer> sqs = Timed.start(starters, () -> ElasticMqServer.start(0));
        Timed<PostgresServer> postgres = Timed.start(starters, () -> {
            PostgresServer server = PostgresServer.start(postgresDir, 0);
            server.createDatabase(DATABASE);
            return server;
        });
        Timed<SesServer> ses = Timed.start(starters, () -> SesServer.start(0));
        try {
            CompletableFuture.allOf(dynamoDb.future, sqs.future, postgres.future, ses.future).join();
            Map<String, String> queueUrls = sqs.future.join().createQueues(FocusResources.queues());
            Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
            LOG.log(System.Logger.Level.INFO, () -> String.format(Locale.ROOT,
                    "LocalCloud started in %d ms (DynamoDB Local %d ms, ElasticMQ %d ms, PostgreSQL %d ms, SES %d ms)",
                    startupTime.toMillis(), dynamoDb.millis(), sqs.millis(), postgres.millis(), ses.millis()));
            return new LocalCloud(dynamoDb.future.join(), sqs.future.join(), postgres.future.join(), ses.future.join(),
                    queueUrls, temporaryDir, startupTime);
        } catch (RuntimeException e) {
            closeQuietly(List.of(dynamoDb, sqs, postgres, ses), e);
            temporaryDir.ifPresent(Directories::deleteRecursively);
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            starters.shutdown();
        }
    }

    public DynamoDbLocalServer dynamoDb() {
        return dynamoDb;
    }

    public ElasticMqServer sqs() {
        return sqs;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public SesServer ses() {
        return ses;
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Queue name (dead-letter queues included) to queue URL. */
    public Map<String, String> queueUrls() {
        return queueUrls;
    }

    /** Property name to value: what a function reads to reach these emulators, plus dummy AWS credentials. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Setting.REGION.property(), AwsClients.REGION);
        settings.put(Setting.TABLE_NAME.property(), FocusResources.TABLE.name());
        settings.put(Setting.DYNAMODB_ENDPOINT.property(), dynamoDb.endpoint().toString());
        settings.put(Setting.SQS_ENDPOINT.property(), sqs.endpoint().toString());
        settings.put(Setting.SES_ENDPOINT.property(), ses.endpoint().toString());
        for (QueueDefinition queue : FocusResources.queues()) {
            settings.put(queue.urlSetting().property(), queueUrls.get(queue.name()));
        }
        settings.put(Setting.DATASOURCE_URL.property(), postgres.jdbcUrl(DATABASE));
        settings.put(Setting.DATASOURCE_USERNAME.property(), postgres.username());
        settings.put(Setting.DATASOURCE_PASSWORD.property(), postgres.password());
        // no deploy step runs locally: each function migrates its database as it starts
        settings.put(Setting.MIGRATE_ON_START.property(), "true");
        settings.put("aws.region", AwsClients.REGION);
        settings.put("aws.accessKeyId", AwsClients.ACCESS_KEY);
        settings.put("aws.secretAccessKey", AwsClients.SECRET_KEY);
        return Collections.unmodifiableMap(settings);
    }

    /** Creates a fresh, uniquely named database (e.g. one per test class) and returns its JDBC URL. */
    public String newDatabase(String prefix) {
        String base = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = (base.isEmpty() || Character.isDigit(base.charAt(0)) ? "db_" + base : base);
        name = name.substring(0, Math.min(name.length(), 40)) + "_" + ProcessHandle.current().pid()
                + "_" + DATABASE_COUNTER.incrementAndGet();
        postgres.createDatabase(name);
        return postgres.jdbcUrl(name);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; it finds everything stopped
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> servers = List.of(ses, sqs, dynamoDb, postgres);
        RuntimeException failure = null;
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) { // keep stopping the others; report the first failure after
                failure = failure == null ? new IllegalStateException("LocalCloud did not stop cleanly", e) : failure;
            }
        }
        temporaryDir.ifPresent(Directories::deleteRecursively);
        if (failure != null) {
            throw failure;
        }
    }

    private static void wipe(Path dataDir) {
        Postmaster.stopStale(dataDir.resolve("postgres"));
        Directories.deleteRecursively(dataDir);
    }

    private static Path temporaryDir() {
        try {
            return Files.createTempDirectory("focus-local-cloud");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    private static void closeQuietly(List<Timed<? extends AutoCloseable>> starting, RuntimeException failure) {
        for (Timed<? extends AutoCloseable> timed : starting) {
            try {
                AutoCloseable server = timed.future.exceptionally(e -> null).join();
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** A server starting on another thread, and how long it took. */
    private record Timed<T>(CompletableFuture<T> future, AtomicInteger elapsedMillis) {

        static <T> Timed<T> start(ExecutorService executor, Supplier<T> starter) {
            long started = System.nanoTime();
            AtomicInteger elapsed = new AtomicInteger();
            CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
                T server = starter.get();
                elapsed.set((int) Duration.ofNanos(System.nanoTime() - started).toMillis());
                return server;
            }, executor);
            return new Timed<>(future, elapsed);
        }

        int millis() {
            return elapsedMillis.get();
        }
    }
}
