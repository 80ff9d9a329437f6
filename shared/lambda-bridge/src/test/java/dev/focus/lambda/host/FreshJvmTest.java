package dev.focus.lambda.host;

import dev.focus.emulators.ApiGatewayHttpEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreshJvmTest {

    @TempDir
    static Path directory;
    static Path jar;

    @BeforeAll
    static void buildJar() {
        jar = TestFunctionJar.build(directory);
    }

    @Test
    @DisplayName("a fresh JVM builds the handler, answers the event and reports its timings")
    void coldStart() {
        var result = FreshJvm.run(FreshJvm.currentJava(), jar, TestFunctionJar.PROBE, ApiGatewayHttpEvents.get("/cold"),
                Map.of("probe.greeting", "hi there", "focus.bridge.function-name", "probe"),
                List.of("-XX:TieredStopAtLevel=1"), 3);

        var response = ApiGatewayHttpEvents.parse(result.responseJson());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("x-path")).isEqualTo("/cold");
        assertThat(response.header("x-greeting")).isEqualTo("hi there");
        assertThat(response.header("x-function")).isEqualTo("probe");
        assertThat(result.stderr()).contains("probe answered /cold");
        var timings = result.timings();
        assertThat(timings.invokes()).isEqualTo(3);
        assertThat(timings.initMs()).isPositive();
        assertThat(timings.firstInvokeMs()).isPositive();
        assertThat(timings.jvmToResponseMs()).isGreaterThanOrEqualTo(timings.initMs() + timings.firstInvokeMs() - 1);
        assertThat(timings.spawnToResponseMs()).isPresent();
        assertThat(result.wallMillis()).isGreaterThanOrEqualTo(timings.spawnToResponseMs().getAsDouble());
    }

    @Test
    @DisplayName("a handler that throws in a fresh JVM is reported with the child's stderr")
    void failure() {
        assertThatThrownBy(() -> FreshJvm.run(jar, TestFunctionJar.PROBE, ApiGatewayHttpEvents.get("/boom")))
                .isInstanceOf(FunctionInvocationException.class)
                .hasMessageContaining("exited with 1")
                .hasMessageContaining("boom from the probe");
    }
}
