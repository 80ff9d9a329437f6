package dev.focus.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the Focus checkout is: {@code -Dfocus.repo}, or the first parent of the working directory with bench/runner. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("focus.repo");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bench/runner")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Run from inside the Focus checkout, or pass -Dfocus.repo=<path>");
    }
}
