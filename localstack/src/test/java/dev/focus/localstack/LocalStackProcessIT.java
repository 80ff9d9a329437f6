package dev.focus.localstack;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack as `./mvnw -Plocal` starts it: its own JVM on the module's runtime class path only (no test-scoped
 * jars), which in-process tests cannot show. Stops it with SIGTERM, as Ctrl-C's shutdown hook would.
 */
@DisplayName("The local stack started alone from its runtime class path")
class LocalStackProcessIT {

    private static final Pattern UP = Pattern.compile("is up on (http://localhost:\\d+)");

    @Test
    @DisplayName("comes up, answers /health and a function's route, and stops cleanly")
    void startsAloneAndStops() throws Exception {
        Path data = Files.createTempDirectory("focus-stack-it");
        Process stack = stackProcess("--port", "0", "--data-dir", data.toString());
        try {
            String base = awaitUp(stack);
            HttpClient http = HttpClient.newHttpClient();

            var health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            var me = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/me")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(me.statusCode()).isEqualTo(401);
            assertThat(me.headers().firstValue("content-type")).hasValue("application/problem+json");
        } finally {
            stack.destroy();
            assertThat(stack.waitFor(60, TimeUnit.SECONDS)).as("the stack stops on SIGTERM").isTrue();
        }
    }

    @Test
    @DisplayName("started on a taken port, says so in one line and exits non-zero before starting anything")
    void refusesATakenPort() throws Exception {
        try (var taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Path data = Files.createTempDirectory("focus-stack-it");
            Process stack = stackProcess("--port", String.valueOf(taken.getLocalPort()), "--data-dir", data.toString());
            try {
                assertThat(stack.waitFor(60, TimeUnit.SECONDS)).as("the stack exits on its own").isTrue();
                String output = new String(stack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(stack.exitValue()).isNotZero();
                assertThat(output).contains("Port " + taken.getLocalPort() + " is already in use")
                        .contains("--port").contains("FOCUS_PORT")
                        .doesNotContain("Exception").doesNotContain("\tat ")
                        .doesNotContain("Starting the Focus local stack");
                assertThat(output.strip().lines()).hasSize(1);
            } finally {
                stack.destroyForcibly();
            }
        }
    }

    private static Process stackProcess(String... args) throws Exception {
        String classpath = Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of(System.getProperty("focus.runtime.classpath.file"))).strip();
        Path root = Path.of("").toAbsolutePath().getParent();
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "dev.focus.localstack.LocalStack"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    }

    private static String awaitUp(Process stack) throws Exception {
        var lines = new BufferedReader(new InputStreamReader(stack.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher up = UP.matcher(line);
            if (up.find()) {
                Thread.ofPlatform().daemon().start(() -> lines.lines().forEach(ignored -> { }));
                return up.group(1);
            }
        }
        throw new AssertionError("the stack did not come up; its output:\n" + seen);
    }

}
