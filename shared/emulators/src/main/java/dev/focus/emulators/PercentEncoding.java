package dev.focus.emulators;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-decoding as API Gateway's HTTP API applies it before a request reaches a function: path segments keep a
 * {@code +}, query names and values read it as a space. Strict, unlike {@link java.net.URLDecoder}: a {@code %} that
 * starts no {@code %XX} escape, or escapes whose bytes are not UTF-8, are refused rather than guessed at or replaced
 * with U+FFFD, so that the gateway can answer 400 before any function sees the request.
 */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    /** A path or one of its segments: {@code %XX} decoded, {@code +} kept. */
    public static String decodePath(String text) {
        return decode(text, false);
    }

    /** A query string's name or value: {@code %XX} decoded, {@code +} read as a space. */
    public static String decodeQueryComponent(String text) {
        return decode(text, true);
    }

    /** True when {@code text[index]} is a {@code %} followed by two hex digits. */
    public static boolean isEscapeAt(CharSequence text, int index) {
        return index + 2 < text.length() && text.charAt(index) == '%'
                && hexValue(text.charAt(index + 1)) >= 0 && hexValue(text.charAt(index + 2)) >= 0;
    }

    private static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        var bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (!isEscapeAt(text, i)) {
                    throw new MalformedPercentEncodingException("'%' at index " + i
                            + " starts no %XX escape (send a literal % as %25)");
                }
                bytes.write(hexValue(text.charAt(i + 1)) << 4 | hexValue(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return utf8(bytes.toByteArray())
                .orElseThrow(() -> new MalformedPercentEncodingException("the %XX escapes do not decode to UTF-8 text"));
    }

    /** The bytes as UTF-8 text, or empty when they are not UTF-8 (no replacement characters slipped in). */
    public static Optional<String> utf8(byte[] bytes) {
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

    private static int hexValue(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
