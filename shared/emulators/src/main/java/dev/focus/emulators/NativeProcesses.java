package dev.focus.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Starts native helper processes (PostgreSQL) so that they never outlive this JVM and run where root is refused.
 *
 * <p>Why a single long-lived launcher thread: {@code setpriv --pdeathsig} fires when the <em>thread</em> that
 * spawned the child exits, so children must come from a thread that lives exactly as long as the JVM. Then even
 * a JVM killed with SIGKILL sends the child the chosen signal. Why {@code unshare -U}: PostgreSQL refuses to run
 * as root; in a fresh user namespace without mappings it runs as "nobody" yet still owns root's files.
 */
final class NativeProcesses {

    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "focus-native-process-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private static final boolean ROOT = isRoot();
    private static final boolean SETPRIV = onPath("setpriv");

    private NativeProcesses() {
    }

    /** Starts {@code command}; the child receives {@code deathSignal} (e.g. "INT") when this JVM dies. */
    static Process start(List<String> command, Path log, String deathSignal) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("unshare", "-U"));
        }
        if (SETPRIV) {
            full.addAll(List.of("setpriv", "--pdeathsig", deathSignal));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            return LAUNCHER.submit(builder::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + command, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot start " + full, e.getCause());
        }
    }

    /** Runs {@code command} to completion and fails with its output when it does not exit with 0. */
    static void run(List<String> command, Path log, Duration timeout) {
        Process process = start(command, log, "KILL");
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.getFirst() + " timed out; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command.getFirst() + " failed with exit code " + process.exitValue()
                        + ":\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Sends a signal by name (INT, QUIT, KILL); Java's Process API only knows TERM and KILL. */
    static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
