package dev.focus.kernel.json;

import dev.focus.kernel.api.FieldError;
import dev.focus.kernel.json.StrictJsonReader.Verdict;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A body that arrives as text (a WebSocket message) is read by the same rules as one sent as bytes")
class StrictJsonReaderTextTest {

    private static final Argument<Message> MESSAGE = Argument.of(Message.class);
    private final StrictJsonReader reader = new StrictJsonReader();

    @Serdeable
    record Message(@Nullable String action, @Nullable String roomId) {
    }

    @Test
    @DisplayName("a message of the right types is accepted")
    void accepted() {
        assertThat(reader.read("{\"action\":\"subscribe\",\"room_id\":\"r-1\",\"newer\":[1]}", MESSAGE))
                .isInstanceOf(Verdict.Accepted.class);
    }

    @Test
    @DisplayName("a repeated key or a trailing brace is malformed")
    void malformed() {
        assertThat(reader.read("{\"action\":\"ping\",\"action\":\"subscribe\"}", MESSAGE))
                .isEqualTo(new Verdict.Malformed("The body repeats a field: action."));
        assertThat(reader.read("{\"action\":\"ping\"}}", MESSAGE)).isInstanceOf(Verdict.Malformed.class);
    }

    @Test
    @DisplayName("a number for a string, or an escaped NUL in it, names the field")
    void invalid() {
        assertThat(reader.read("{\"room_id\":42}", MESSAGE))
                .isEqualTo(new Verdict.Invalid(List.of(new FieldError("room_id", "must be a string"))));
        assertThat(reader.read("{\"room_id\":\"r\\u0000\"}", MESSAGE))
                .isEqualTo(new Verdict.Invalid(List.of(new FieldError("room_id", "must not contain control characters"))));
    }

    @Test
    @DisplayName("text with no UTF-8 form is malformed, not encoded with a replacement character")
    void loneSurrogate() {
        assertThat(reader.read("{\"action\":\"ping\"}\uD800", MESSAGE))
                .isEqualTo(new Verdict.Malformed("The body is not valid UTF-8."));
    }
}
