package dev.focus.localstack;

import dev.focus.resources.Setting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WebSocket API's options and what the functions are told to reach it. */
@DisplayName("The WebSocket settings")
class WebSocketSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    @DisplayName("default to AWS's limits: 10 minutes idle, 2 hours at most")
    void defaults() {
        assertThat(StackOptions.parse(new String[0], Map.of(), ROOT).webSockets())
                .isEqualTo(new WebSocketLimits(Duration.ofMinutes(10), Duration.ofHours(2)));
    }

    @Test
    @DisplayName("come from the environment unless a flag says otherwise")
    void environmentAndFlags() {
        Map<String, String> environment = Map.of("FOCUS_WS_IDLE_TIMEOUT", "30s", "FOCUS_WS_MAX_DURATION", "5m");

        assertThat(StackOptions.parse(new String[0], environment, ROOT).webSockets())
                .isEqualTo(new WebSocketLimits(Duration.ofSeconds(30), Duration.ofMinutes(5)));
        assertThat(StackOptions.parse(new String[]{"--ws-idle-timeout", "500ms", "--ws-max-duration=1h"}, environment,
                ROOT).webSockets()).isEqualTo(new WebSocketLimits(Duration.ofMillis(500), Duration.ofHours(1)));
    }

    @Test
    @DisplayName("refuse a duration without a unit, or zero, with a message")
    void badDurations() {
        assertThatThrownBy(() -> StackOptions.parse(new String[]{"--ws-idle-timeout", "10"}, Map.of(), ROOT))
                .hasMessage("--ws-idle-timeout must be a positive duration such as 90s, 10m or 2h, not 10");
        assertThatThrownBy(() -> StackOptions.parse(new String[0], Map.of("FOCUS_WS_MAX_DURATION", "0h"), ROOT))
                .hasMessage("FOCUS_WS_MAX_DURATION must be a positive duration such as 90s, 10m or 2h, not 0h");
    }

    @Test
    @DisplayName("are listed by --help")
    void usage() {
        assertThat(StackOptions.USAGE).contains("--ws-idle-timeout", "FOCUS_WS_IDLE_TIMEOUT", "--ws-max-duration",
                "FOCUS_WS_MAX_DURATION");
    }

    @Test
    @DisplayName("point the functions' Management API client at the stack itself")
    void functionSettings() {
        Map<String, String> resolved = FunctionSettings.resolve(Map.of(), "http://localhost:8080",
                "http://localhost:8080/_local/web", List.of());

        assertThat(resolved).containsEntry(Setting.WEBSOCKET_ENDPOINT.property(), "http://localhost:8080")
                .containsEntry(Setting.BROADCAST_CONCURRENCY.property(), "16");
    }
}
