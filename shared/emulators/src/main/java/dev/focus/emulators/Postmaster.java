package dev.focus.emulators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops PostgreSQL server processes: ours on close, and ones a killed earlier run left on a data directory. */
final class Postmaster {

    private Postmaster() {
    }

    /** A postmaster still running on {@code dataDir} holds it; stop it so that a new one can start there. */
    static void stopStale(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        staleOn(dir).ifPresent(stale -> stop(stale, Duration.ofSeconds(20)));
    }

    /** Fast shutdown (roll back, disconnect clients); immediate shutdown, then SIGKILL, if it takes too long. */
    static void stop(ProcessHandle postmaster, Duration patience) {
        if (!postmaster.isAlive()) {
            return;
        }
        NativeProcesses.signal(postmaster.pid(), "INT");
        if (!awaitExit(postmaster, patience)) {
            NativeProcesses.signal(postmaster.pid(), "QUIT");
            if (!awaitExit(postmaster, Duration.ofSeconds(5))) {
                postmaster.destroyForcibly();
            }
        }
    }

    private static Optional<ProcessHandle> staleOn(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
            if (!Files.exists(cmdline)) {
                return Optional.empty();
            }
            String command = Files.readString(cmdline).replace('\0', ' ');
            boolean onThisDirectory = command.contains("postgres") && command.contains(dir.toString());
            return onThisDirectory ? ProcessHandle.of(pid) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // PostgreSQL itself judges a pid file we cannot read
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
