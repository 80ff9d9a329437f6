package dev.focus.emulators;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentEncodingTest {

    @Test
    @DisplayName("a path keeps its plus signs; a query component reads them as spaces")
    void plusSigns() {
        assertThat(PercentEncoding.decodePath("a+b%20c%2Bd")).isEqualTo("a+b c+d");
        assertThat(PercentEncoding.decodeQueryComponent("a+b%20c%2Bd")).isEqualTo("a b c+d");
    }

    @Test
    @DisplayName("escapes decode as UTF-8, in either case, beside characters already decoded")
    void utf8() {
        assertThat(PercentEncoding.decodePath("caf%C3%A9-%e2%82%ac-\u00e9-%F0%9F%8D%85")).isEqualTo("caf\u00e9-\u20ac-\u00e9-\uD83C\uDF45");
        assertThat(PercentEncoding.decodePath("a%00b")).isEqualTo("a\u0000b");
        assertThat(PercentEncoding.decodePath("no escapes")).isEqualTo("no escapes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%", "a%", "%z", "%zz", "%2", "a%2g", "%%41"})
    @DisplayName("a '%' that starts no %XX escape is refused, not guessed at")
    void malformedEscapes(String text) {
        assertThatThrownBy(() -> PercentEncoding.decodePath(text)).isInstanceOf(MalformedPercentEncodingException.class)
                .hasMessageContaining("%25");
        assertThatThrownBy(() -> PercentEncoding.decodeQueryComponent(text))
                .isInstanceOf(MalformedPercentEncodingException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%C3", "%FF", "%C3%28", "%ED%A0%80", "%C0%AF", "a%E2%82"})
    @DisplayName("escapes whose bytes are not UTF-8 are refused, not replaced with U+FFFD")
    void notUtf8(String text) {
        assertThatThrownBy(() -> PercentEncoding.decodePath(text)).isInstanceOf(MalformedPercentEncodingException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    @DisplayName("tells where an escape starts")
    void escapeAt() {
        assertThat(PercentEncoding.isEscapeAt("a%2F", 1)).isTrue();
        assertThat(PercentEncoding.isEscapeAt("a%2", 1)).isFalse();
        assertThat(PercentEncoding.isEscapeAt("a%2F", 0)).isFalse();
    }
}
