package dev.focus.localstack;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A stack whose port is taken")
class PortInUseTest {

    @Test
    @DisplayName("refuses to start in one sentence naming the port and how to choose another, and leaves no thread behind")
    void refusesToStart() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (var taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var options = new StackOptions(taken.getLocalPort(), TestStack.ROOT, Optional.empty(), false, Optional.empty());

            assertThatThrownBy(() -> LocalStack.start(options, List.of()))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("--port")
                    .hasMessageContaining("FOCUS_PORT")
                    .hasMessageNotContaining("\n");
        }
        Eventually.until(() -> newLiveThreads(before).isEmpty());
        assertThat(newLiveThreads(before)).isEmpty();
    }

    private static Set<String> newLiveThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
