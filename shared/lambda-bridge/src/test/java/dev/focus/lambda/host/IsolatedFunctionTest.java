package dev.focus.lambda.host;

import dev.focus.emulators.ApiGatewayHttpEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsolatedFunctionTest {

    @TempDir
    static Path directory;
    static Path jar;
    static IsolatedFunction probe;

    @BeforeAll
    static void loadProbe() {
        jar = TestFunctionJar.build(directory);
        probe = IsolatedFunction.load("probe", jar, TestFunctionJar.PROBE);
    }

    @AfterAll
    static void closeProbe() throws Exception {
        probe.close();
    }

    @Test
    @DisplayName("the function runs in its own loader and cannot see the host's classes")
    void isolation() {
        var response = ApiGatewayHttpEvents.parse(probe.invoke(ApiGatewayHttpEvents.get("/whoami")));

        assertThat(response.header("x-loader")).isEqualTo("function:probe");
        assertThat(response.header("x-sees-host")).isEqualTo("false");
        assertThat(probe.initDuration()).isPositive();
    }

    @Test
    @DisplayName("an HTTP API v2 event and response cross the boundary as JSON intact")
    void jsonRoundTrip() {
        String body = "{\"name\":\"Zoë\",\"quote\":\"a \\\"b\\\"\"}";
        var event = ApiGatewayHttpEvents.post("/api/v1/things?limit=5&tag=a&tag=b", body, Map.of("X-Trace", "t-1"));

        var response = ApiGatewayHttpEvents.parse(probe.invoke(event));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.bodyText()).isEqualTo(body);
        assertThat(response.header("x-method")).isEqualTo("POST");
        assertThat(response.header("x-path")).isEqualTo("/api/v1/things");
        assertThat(response.header("x-query")).contains("limit=5").contains("tag=a,b");
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
    }

    @Test
    @DisplayName("each invocation gets a fresh request id, the function's name and time left")
    void context() {
        var first = ApiGatewayHttpEvents.parse(probe.invoke(ApiGatewayHttpEvents.get("/one")));
        var second = ApiGatewayHttpEvents.parse(probe.invoke(ApiGatewayHttpEvents.get("/two")));

        assertThat(first.header("x-request-id")).isNotBlank().isNotEqualTo(second.header("x-request-id"));
        assertThat(first.header("x-function")).isEqualTo("probe");
        assertThat(Integer.parseInt(first.header("x-remaining-ms"))).isBetween(1, 30_000);
    }

    @Test
    @DisplayName("concurrent invocations on many threads each get their own answer")
    void threadSafety() throws Exception {
        var requestIds = ConcurrentHashMap.<String>newKeySet();
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String path = "/item/" + i;
                String body = "{\"n\":" + i + "}";
                Callable<Boolean> call = () -> {
                    var response = ApiGatewayHttpEvents.parse(probe.invoke(ApiGatewayHttpEvents.post(path, body)));
                    requestIds.add(response.header("x-request-id"));
                    return response.header("x-path").equals(path) && response.bodyText().equals(body);
                };
                results.add(pool.submit(call));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(requestIds).hasSize(2_000);
    }

    @Test
    @DisplayName("a handler that throws surfaces as a FunctionInvocationException with its own error")
    void handlerError() {
        assertThatThrownBy(() -> probe.invoke(ApiGatewayHttpEvents.get("/boom")))
                .isInstanceOf(FunctionInvocationException.class)
                .hasMessageContaining("probe")
                .cause().hasMessage("boom from the probe");
    }

    @Test
    @DisplayName("a RequestStreamHandler gets the event bytes as they are")
    void streamHandler() throws Exception {
        try (var upper = IsolatedFunction.load("upper", jar, TestFunctionJar.UPPER_CASE)) {
            assertThat(upper.invoke("{\"say\":\"hi\"}")).isEqualTo("{\"SAY\":\"HI\"}");
        }
    }

    @Test
    @DisplayName("a handler named Class::method is called with its generic POJO input")
    void methodHandler() throws Exception {
        try (var greeting = IsolatedFunction.load("greeter", jar, TestFunctionJar.GREETING)) {
            assertThat(greeting.invoke("{\"name\":\"Ada\"}"))
                    .isEqualTo("{\"greetings\":[\"hello Ada\",\"from greeter\"]}");
        }
    }

    @Test
    @DisplayName("closing the function closes its handler")
    void closesHandler() throws Exception {
        Path marker = directory.resolve("closed");
        System.setProperty("probe.closed-marker", marker.toString());
        try {
            IsolatedFunction.load("closing", jar, TestFunctionJar.PROBE).close();
        } finally {
            System.clearProperty("probe.closed-marker");
        }
        assertThat(marker).hasContent("closed");
    }

    @Test
    @DisplayName("a missing deployment jar is reported with its path")
    void missingJar() {
        assertThatThrownBy(() -> IsolatedFunction.load("ghost", directory.resolve("nope.jar"), TestFunctionJar.PROBE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope.jar");
    }

    @Test
    @DisplayName("the bridge classpath is the bridge, the serializers and the core API, each on its own")
    void bridgeClasspath() {
        var entries = BridgeClasspath.entries();

        assertThat(entries).hasSize(3).allSatisfy(entry -> assertThat(Files.exists(entry)).isTrue());
        assertThat(Set.copyOf(entries.stream().map(Path::getFileName).map(Path::toString).toList()))
                .anySatisfy(name -> assertThat(name).startsWith("aws-lambda-java-serialization"))
                .anySatisfy(name -> assertThat(name).startsWith("aws-lambda-java-core"));
    }
}
