package dev.focus.kernel.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The text rules every string from a client obeys, in a body, a path or a query. */
public final class JsonText {

    private JsonText() {
    }

    /** The body as UTF-8, or empty when it is not valid UTF-8 (a lone surrogate encoded, an overlong form, ...). */
    static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Why a client's string cannot be taken, or empty when it can: a control character other than tab and line
     * breaks (a NUL in a name), or half of a surrogate pair (what a {@code \uD800} escape alone decodes to).
     */
    public static Optional<String> problemWith(String text) {
        return problemWith(text, true);
    }

    /** As {@link #problemWith(String)}, but no tab or line break either: for path and query values and names. */
    public static Optional<String> problemWithLine(String text) {
        return problemWith(text, false);
    }

    private static Optional<String> problemWith(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain an unpaired surrogate");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate");
            }
            if (isControl(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of("must not contain control characters");
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(char c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
    }
}
