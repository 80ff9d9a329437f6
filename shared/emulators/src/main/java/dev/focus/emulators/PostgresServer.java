package dev.focus.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL (zonky binaries) on 127.0.0.1. The data directory is initialised on first use and reused
 * afterwards, so data survives restarts. Connections authenticate with {@link #username()} and
 * {@link #password()} (scram-sha-256), as they do against the real database.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String USER = "focus";
    private static final String PASSWORD = "focus";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final Process postmaster;
    private final Thread shutdownHook;
    private boolean closed;

    private PostgresServer(Path dataDir, int port, Process postmaster) {
        this.dataDir = dataDir;
        this.port = port;
        this.postmaster = postmaster;
        this.shutdownHook = new Thread(this::stop, "focus-postgres-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static PostgresServer start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        PostgresBinaries binaries = PostgresBinaries.extracted();
        Postmaster.stopStale(dir);
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        createDirectories(dir.getParent());
        if (!Files.exists(dir.resolve("PG_VERSION"))) {
            PostgresCluster.initialise(binaries, dir, log, USER, PASSWORD);
        }
        int actualPort = FreePort.orPick(port);
        Process postmaster = NativeProcesses.start(List.of(binaries.program("postgres").toString(),
                "-D", dir.toString(), "-h", "127.0.0.1", "-p", Integer.toString(actualPort), "-k", "",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=300"), log, "INT");
        PostgresServer server = new PostgresServer(dir, actualPort, postmaster);
        try {
            server.awaitReady(log);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the database unless it exists already. Names are plain lower-case identifiers. */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (exists.executeQuery().next()) {
                return;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // 42P04: created concurrently by someone else
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    @Override
    public synchronized void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook itself is running or about to; it finds the server stopped
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        Postmaster.stop(postmaster.toHandle(), Duration.ofSeconds(20));
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Path pidFile = dataDir.resolve("postmaster.pid");
        while (System.nanoTime() < deadline) {
            if (!postmaster.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with code " + postmaster.exitValue() + ":\n"
                        + NativeProcesses.tail(log));
            }
            if (readyIn(pidFile)) {
                return;
            }
            sleep(Duration.ofMillis(20));
        }
        throw new IllegalStateException("PostgreSQL not ready after " + START_TIMEOUT + ":\n" + NativeProcesses.tail(log));
    }

    private static boolean readyIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.size() >= 8 && lines.get(7).trim().equals("ready");
        } catch (IOException notYetWritten) {
            return false;
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
