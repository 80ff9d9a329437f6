package dev.focus.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to run the stack: the port ({@code 0} picks a free one), the repository root the function jars are found
 * under, where the emulators keep their data ({@code empty}: nowhere, gone on stop), whether to wipe it first, and
 * the web app that links in emails open ({@code empty}: the stack's own stand-in pages).
 */
public record StackOptions(int port, Path repositoryRoot, Optional<Path> dataDir, boolean wipe,
                           Optional<String> webBaseUrl) {

    public static final int DEFAULT_PORT = 8080;
    static final String USAGE = """
            Usage: ./mvnw -Plocal [-Dfocus.args="OPTIONS"]   (or: java dev.focus.localstack.LocalStack OPTIONS)
              --port N         listen on http://localhost:N (default 8080, or the FOCUS_PORT environment variable)
              --wipe           delete the saved data (users, tables, queues) before starting
              --data-dir DIR   keep the data in DIR instead of localstack/.data
              --web-base-url URL   links in emails open this web app (default: the stack's stand-in pages)
              --help           print this
            """;

    /** Command-line flags win over the environment; relative paths are resolved against the repository root. */
    public static StackOptions parse(String[] args, Map<String, String> environment, Path repositoryRoot) {
        int port = Optional.ofNullable(environment.get("FOCUS_PORT")).map(v -> parsePort(v, "FOCUS_PORT"))
                .orElse(DEFAULT_PORT);
        Path dataDir = repositoryRoot.resolve("localstack").resolve(".data");
        boolean wipe = false;
        Optional<String> webBaseUrl = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--wipe" -> wipe = true;
                case "--port" -> port = parsePort(valueAfter(args, ++i, arg), arg);
                case "--data-dir" -> dataDir = repositoryRoot.resolve(valueAfter(args, ++i, arg));
                case "--web-base-url" -> webBaseUrl = Optional.of(valueAfter(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--port=")) {
                        port = parsePort(arg.substring("--port=".length()), "--port");
                    } else if (arg.startsWith("--web-base-url=")) {
                        webBaseUrl = Optional.of(arg.substring("--web-base-url=".length()));
                    } else if (arg.startsWith("--data-dir=")) {
                        dataDir = repositoryRoot.resolve(arg.substring("--data-dir=".length()));
                    } else if (!arg.isBlank()) {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    }
                }
            }
        }
        return new StackOptions(port, repositoryRoot, Optional.of(dataDir.toAbsolutePath().normalize()), wipe, webBaseUrl);
    }

    /** A stack for tests: a free port, nothing kept after it stops. */
    public static StackOptions ephemeral(Path repositoryRoot) {
        return new StackOptions(0, repositoryRoot, Optional.empty(), false, Optional.empty());
    }

    /** The repository root: the nearest directory at or above {@code start} that holds {@code mvnw} and {@code shared/resources}. */
    public static Path findRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("shared").resolve("resources"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the Focus repository (no mvnw and shared/resources above " + start
                + "); run the stack from the repository root");
    }

    private static String valueAfter(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String value, String source) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(source + " must be a port number, not " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a port number, not " + value, e);
        }
    }
}
