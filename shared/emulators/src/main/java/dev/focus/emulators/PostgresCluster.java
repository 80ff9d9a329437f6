package dev.focus.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Creates PostgreSQL data directories. Each is a copy of one cluster that initdb made once per binaries version
 * (copying takes a fraction of initdb's time, and every test JVM needs a fresh cluster).
 */
final class PostgresCluster {

    private PostgresCluster() {
    }

    static void initialise(PostgresBinaries binaries, Path dir, Path log, String user, String password) {
        Path template = binaries.home().resolveSibling(binaries.home().getFileName() + "-initdb-template");
        if (!Files.exists(template.resolve("PG_VERSION"))) {
            try {
                Path partial = Files.createTempDirectory(template.getParent(), template.getFileName() + ".partial-");
                Files.delete(partial); // initdb creates the directory itself, with the permissions it insists on
                initdb(binaries, partial, log, user, password);
                Directories.moveAtomicallyUnlessPresent(partial, template);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare a PostgreSQL template cluster in " + template, e);
            }
        }
        Directories.copyRecursively(template, dir);
    }

    private static void initdb(PostgresBinaries binaries, Path dir, Path log, String user, String password)
            throws IOException {
        Path passwordFile = Files.createTempFile("focus-postgres", ".pw");
        try {
            Files.writeString(passwordFile, password);
            NativeProcesses.run(List.of(binaries.program("initdb").toString(), "-D", dir.toString(),
                    "-U", user, "--pwfile=" + passwordFile, "--auth-host=scram-sha-256", "--auth-local=trust",
                    "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"), log, Duration.ofMinutes(2));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }
}
