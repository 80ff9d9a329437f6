package dev.focus.aws;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OnFirstUseTest {

    @Test
    @DisplayName("the value is made on the first request, not before, and only once")
    void lazily_once() {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<String> client = new OnFirstUse<>(() -> "client-" + made.incrementAndGet());

        assertThat(client.made()).isFalse();
        assertThat(client.get()).isEqualTo("client-1");
        assertThat(client.get()).isEqualTo("client-1");
        assertThat(made).hasValue(1);
    }
}
