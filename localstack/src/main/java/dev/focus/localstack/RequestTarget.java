package dev.focus.localstack;

import dev.focus.emulators.MalformedPercentEncodingException;
import dev.focus.emulators.PercentEncoding;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The request-target of a request line, read as an HTTP API reads it before routing: the path percent-decoded as
 * UTF-8 ({@code path}, what routes match and path parameters come from), the query checked but passed on raw.
 * <p>
 * Netty hands the target over byte by byte; raw UTF-8 bytes are read as the characters they encode. Characters a URI
 * cannot hold raw (non-ASCII, {@code \}, {@code "}, {@code <}, {@code >}, {@code ^}, a backtick, braces, {@code |})
 * are percent-encoded in {@code rawPath}, as a browser sends them, so a function that parses its event's
 * {@code rawPath} as a URI meets a valid one and decodes the same characters; raw non-ASCII in the query is encoded
 * the same way. A control character, a {@code %} that starts no {@code %XX} escape, or escapes that are not UTF-8
 * make the target unreadable: the gateway answers 400 itself and no function sees the request.
 */
record RequestTarget(String rawPath, String path, String rawQuery) {

    /** What reading a target gives: the target, or the problem the gateway answers instead. */
    sealed interface Reading permits Read, Refused {
    }

    record Read(RequestTarget target) implements Reading {
    }

    record Refused(GatewayProblem problem) implements Reading {
    }

    /** RFC 3986 pchar and '/', without pct-encoded: what a path may hold as it is. */
    private static final BitSet PATH_CHARACTERS = characters(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/");

    static Reading read(String uri) {
        String target = withoutSchemeAndAuthority(uri);
        if (!target.startsWith("/")) {
            return new Refused(GatewayProblem.malformedPath("it must start with '/'"));
        }
        int question = target.indexOf('?');
        Optional<String> pathText = asUtf8(question < 0 ? target : target.substring(0, question));
        Optional<String> queryText = asUtf8(question < 0 ? "" : target.substring(question + 1));
        if (pathText.isEmpty()) {
            return new Refused(GatewayProblem.malformedPath("it holds raw bytes that are not UTF-8"));
        }
        if (queryText.isEmpty()) {
            return new Refused(GatewayProblem.malformedQuery("it holds raw bytes that are not UTF-8"));
        }
        var rawPath = new StringBuilder();
        Optional<String> pathError = normalize(pathText.get(), rawPath, true);
        if (pathError.isPresent()) {
            return new Refused(GatewayProblem.malformedPath(pathError.get()));
        }
        var rawQuery = new StringBuilder();
        Optional<String> queryError = normalize(queryText.get(), rawQuery, false);
        if (queryError.isPresent()) {
            return new Refused(GatewayProblem.malformedQuery(queryError.get()));
        }
        Optional<String> path = decoded(rawPath.toString(), PercentEncoding::decodePath);
        if (path.isEmpty()) {
            return new Refused(GatewayProblem.malformedPath("its %XX escapes do not decode to UTF-8 text"));
        }
        if (decoded(rawQuery.toString(), PercentEncoding::decodeQueryComponent).isEmpty()) {
            return new Refused(GatewayProblem.malformedQuery("its %XX escapes do not decode to UTF-8 text"));
        }
        return new Read(new RequestTarget(rawPath.toString(), path.get(), rawQuery.toString()));
    }

    private static Optional<String> decoded(String text, UnaryOperator<String> decoder) {
        try {
            return Optional.of(decoder.apply(text));
        } catch (MalformedPercentEncodingException notUtf8) {
            return Optional.empty();
        }
    }

    /**
     * Copies {@code text} to {@code out}, percent-encoding what a URI cannot hold raw; empty when it may pass, else
     * why it may not.
     */
    private static Optional<String> normalize(String text, StringBuilder out, boolean isPath) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint < 0x20 || codePoint == 0x7F) {
                return Optional.of("it holds the control character U+%04X (send it as %%%02X)".formatted(codePoint, codePoint));
            }
            if (codePoint == '%') {
                if (!PercentEncoding.isEscapeAt(text, i)) {
                    return Optional.of("a '%' starts no %XX escape (send a literal % as %25)");
                }
                out.append(text, i, i + 3);
                i += 3;
                continue;
            }
            boolean keep = codePoint < 0x80 && (!isPath || PATH_CHARACTERS.get(codePoint));
            if (keep) {
                out.append((char) codePoint);
            } else {
                for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** Netty reads the request line as ISO-8859-1, one character per byte; the bytes are meant as UTF-8. */
    private static Optional<String> asUtf8(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80) || latin1.chars().anyMatch(c -> c > 0xFF)) {
            return Optional.of(latin1);
        }
        return PercentEncoding.utf8(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The absolute form a client may send to a proxy ({@code http://host/path?query}) routes as its path. */
    private static String withoutSchemeAndAuthority(String uri) {
        String lower = uri.regionMatches(true, 0, "http://", 0, 7) ? uri.substring(7)
                : uri.regionMatches(true, 0, "https://", 0, 8) ? uri.substring(8) : null;
        if (lower == null) {
            return uri;
        }
        int start = 0;
        while (start < lower.length() && lower.charAt(start) != '/' && lower.charAt(start) != '?') {
            start++;
        }
        String rest = lower.substring(start);
        return rest.startsWith("/") ? rest : "/" + rest;
    }

    private static BitSet characters(String allowed) {
        var set = new BitSet(128);
        allowed.chars().forEach(set::set);
        return set;
    }
}
