package dev.focus.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackOptionsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaults_to_port_8080_and_data_kept_in_localstack_data() {
        StackOptions options = StackOptions.parse(new String[0], Map.of(), ROOT);

        assertThat(options).isEqualTo(new StackOptions(8080, ROOT, Optional.of(Path.of("/repo/localstack/.data")), false,
                Optional.empty()));
    }

    @Test
    void the_port_comes_from_FOCUS_PORT_unless_a_flag_says_otherwise() {
        assertThat(StackOptions.parse(new String[0], Map.of("FOCUS_PORT", "9000"), ROOT).port()).isEqualTo(9000);
        assertThat(StackOptions.parse(new String[]{"--port", "9100"}, Map.of("FOCUS_PORT", "9000"), ROOT).port())
                .isEqualTo(9100);
        assertThat(StackOptions.parse(new String[]{"--port=9200"}, Map.of(), ROOT).port()).isEqualTo(9200);
    }

    @Test
    void wipe_data_dir_and_web_base_url_flags() {
        StackOptions options = StackOptions.parse(new String[]{"--wipe", "--data-dir", "tmp/data",
                "--web-base-url=http://localhost:5173"}, Map.of(), ROOT);

        assertThat(options.wipe()).isTrue();
        assertThat(options.dataDir()).hasValue(Path.of("/repo/tmp/data"));
        assertThat(options.webBaseUrl()).hasValue("http://localhost:5173");
    }

    @Test
    void http_timeouts_come_from_flags_or_the_environment_and_default_to_10s_and_60s() {
        assertThat(StackOptions.parse(new String[0], Map.of(), ROOT).http()).isEqualTo(HttpTimeouts.DEFAULT);
        assertThat(HttpTimeouts.DEFAULT).isEqualTo(new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)));
        assertThat(StackOptions.parse(new String[0], Map.of("FOCUS_REQUEST_TIMEOUT", "2s",
                "FOCUS_HTTP_IDLE_TIMEOUT", "5m"), ROOT).http())
                .isEqualTo(new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMinutes(5)));
        assertThat(StackOptions.parse(new String[]{"--request-timeout", "500ms", "--http-idle-timeout=3s"},
                Map.of("FOCUS_REQUEST_TIMEOUT", "2s"), ROOT).http())
                .isEqualTo(new HttpTimeouts(Duration.ofMillis(500), Duration.ofSeconds(3)));
        assertThatThrownBy(() -> StackOptions.parse(new String[]{"--request-timeout", "0s"}, Map.of(), ROOT))
                .hasMessageContaining("--request-timeout");
    }

    @Test
    void bad_input_is_refused_with_a_message() {
        assertThatThrownBy(() -> StackOptions.parse(new String[]{"--prot", "1"}, Map.of(), ROOT))
                .hasMessage("Unknown option: --prot");
        assertThatThrownBy(() -> StackOptions.parse(new String[]{"--port"}, Map.of(), ROOT))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> StackOptions.parse(new String[0], Map.of("FOCUS_PORT", "http"), ROOT))
                .hasMessage("FOCUS_PORT must be a port number, not http");
    }

    @Test
    void finds_the_repository_root_from_inside_a_module() {
        Path root = StackOptions.findRepositoryRoot(Path.of(""));

        assertThat(root.resolve("mvnw")).isRegularFile();
        assertThat(root.resolve("localstack")).isDirectory();
    }
}
