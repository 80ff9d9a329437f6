package dev.focus.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How to run the stack: the port ({@code 0} picks a free one), the repository root the function jars are found
 * under, where the emulators keep their data ({@code empty}: nowhere, gone on stop), whether to wipe it first, the
 * web app that links in emails open ({@code empty}: the stack's own stand-in pages), and when the WebSocket API
 * closes connections on its own (AWS's limits unless shortened), and when the gateway gives up on an incomplete
 * request or an idle HTTP connection.
 */
public record StackOptions(int port, Path repositoryRoot, Optional<Path> dataDir, boolean wipe,
                           Optional<String> webBaseUrl, WebSocketLimits webSockets, HttpTimeouts http) {

    public static final int DEFAULT_PORT = 8080;
    static final String USAGE = """
            Usage: ./mvnw -Plocal [-Dfocus.args="OPTIONS"]   (or: java dev.focus.localstack.LocalStack OPTIONS)
              --port N         listen on http://localhost:N (default 8080, or the FOCUS_PORT environment variable)
              --wipe           delete the saved data (users, tables, queues) before starting
              --data-dir DIR   keep the data in DIR instead of localstack/.data
              --web-base-url URL   links in emails open this web app (default: the stack's stand-in pages)
              --ws-idle-timeout D  close a WebSocket after D without messages (default 10m as on AWS, or the
                                   FOCUS_WS_IDLE_TIMEOUT environment variable; D as 500ms, 30s, 10m or 2h)
              --ws-max-duration D  close every WebSocket D after it opened (default 2h as on AWS, or the
                                   FOCUS_WS_MAX_DURATION environment variable)
              --request-timeout D  answer 400 to a request still incomplete D after its last byte (default 10s,
                                   or the FOCUS_REQUEST_TIMEOUT environment variable)
              --http-idle-timeout D  close a keep-alive HTTP connection idle for D (default 60s, or the
                                   FOCUS_HTTP_IDLE_TIMEOUT environment variable)
              --help           print this
            """;

    /** The options before WebSocket limits existed: AWS's limits. */
    public StackOptions(int port, Path repositoryRoot, Optional<Path> dataDir, boolean wipe,
                        Optional<String> webBaseUrl) {
        this(port, repositoryRoot, dataDir, wipe, webBaseUrl, WebSocketLimits.AWS);
    }

    /** The options before HTTP timeouts existed: the default timeouts. */
    public StackOptions(int port, Path repositoryRoot, Optional<Path> dataDir, boolean wipe,
                        Optional<String> webBaseUrl, WebSocketLimits webSockets) {
        this(port, repositoryRoot, dataDir, wipe, webBaseUrl, webSockets, HttpTimeouts.DEFAULT);
    }

    /** Command-line flags win over the environment; relative paths are resolved against the repository root. */
    public static StackOptions parse(String[] args, Map<String, String> environment, Path repositoryRoot) {
        int port = Optional.ofNullable(environment.get("FOCUS_PORT")).map(v -> parsePort(v, "FOCUS_PORT"))
                .orElse(DEFAULT_PORT);
        Path dataDir = repositoryRoot.resolve("localstack").resolve(".data");
        boolean wipe = false;
        Optional<String> webBaseUrl = Optional.empty();
        Duration idle = Optional.ofNullable(environment.get("FOCUS_WS_IDLE_TIMEOUT"))
                .map(v -> WebSocketLimits.parseDuration(v, "FOCUS_WS_IDLE_TIMEOUT"))
                .orElse(WebSocketLimits.AWS.idleTimeout());
        Duration maxDuration = Optional.ofNullable(environment.get("FOCUS_WS_MAX_DURATION"))
                .map(v -> WebSocketLimits.parseDuration(v, "FOCUS_WS_MAX_DURATION"))
                .orElse(WebSocketLimits.AWS.maxDuration());
        Duration requestTimeout = Optional.ofNullable(environment.get("FOCUS_REQUEST_TIMEOUT"))
                .map(v -> WebSocketLimits.parseDuration(v, "FOCUS_REQUEST_TIMEOUT"))
                .orElse(HttpTimeouts.DEFAULT.requestTimeout());
        Duration idleTimeout = Optional.ofNullable(environment.get("FOCUS_HTTP_IDLE_TIMEOUT"))
                .map(v -> WebSocketLimits.parseDuration(v, "FOCUS_HTTP_IDLE_TIMEOUT"))
                .orElse(HttpTimeouts.DEFAULT.idleTimeout());
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            // --name=value and --name value mean the same
            String option = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String inline = option.equals(arg) ? null : arg.substring(equals + 1);
            switch (option) {
                case "--wipe" -> {
                    if (inline != null) {
                        throw unknown(arg);
                    }
                    wipe = true;
                }
                case "--port" -> port = parsePort(inline != null ? inline : valueAfter(args, ++i, option), option);
                case "--data-dir" -> dataDir = repositoryRoot.resolve(inline != null ? inline : valueAfter(args, ++i, option));
                case "--web-base-url" -> webBaseUrl = Optional.of(inline != null ? inline : valueAfter(args, ++i, option));
                case "--ws-idle-timeout" -> idle = WebSocketLimits.parseDuration(
                        inline != null ? inline : valueAfter(args, ++i, option), option);
                case "--ws-max-duration" -> maxDuration = WebSocketLimits.parseDuration(
                        inline != null ? inline : valueAfter(args, ++i, option), option);
                case "--request-timeout" -> requestTimeout = WebSocketLimits.parseDuration(
                        inline != null ? inline : valueAfter(args, ++i, option), option);
                case "--http-idle-timeout" -> idleTimeout = WebSocketLimits.parseDuration(
                        inline != null ? inline : valueAfter(args, ++i, option), option);
                default -> {
                    if (!arg.isBlank()) {
                        throw unknown(arg);
                    }
                }
            }
        }
        return new StackOptions(port, repositoryRoot, Optional.of(dataDir.toAbsolutePath().normalize()), wipe, webBaseUrl,
                new WebSocketLimits(idle, maxDuration), new HttpTimeouts(requestTimeout, idleTimeout));
    }

    /** A stack for tests: a free port, nothing kept after it stops. */
    public static StackOptions ephemeral(Path repositoryRoot) {
        return new StackOptions(0, repositoryRoot, Optional.empty(), false, Optional.empty());
    }

    /** The same options with other WebSocket limits, e.g. a short idle timeout for a test. */
    public StackOptions withWebSockets(WebSocketLimits limits) {
        return new StackOptions(port, repositoryRoot, dataDir, wipe, webBaseUrl, limits, http);
    }

    /** The same options with other HTTP timeouts, e.g. a short request timeout for a test. */
    public StackOptions withHttpTimeouts(HttpTimeouts timeouts) {
        return new StackOptions(port, repositoryRoot, dataDir, wipe, webBaseUrl, webSockets, timeouts);
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

    private static IllegalArgumentException unknown(String arg) {
        return new IllegalArgumentException("Unknown option: " + arg);
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
