package dev.focus.localstack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One generated request: the raw path and query as sent, the body bytes and Content-Type (either may be absent),
 * who sends it, and whether the document refuses it by construction ({@code why} says how).
 */
record FuzzCase(Operation operation, String rawPath, String rawQuery, Optional<byte[]> body,
                Optional<String> contentType, Caller caller, Optional<String> accept, boolean refusedByConstruction,
                String why) {

    /** Who sends the request: signed in, nobody, a token signed with "alg":"none", or no bearer token at all. */
    enum Caller { SIGNED_IN, ANONYMOUS, FORGED_TOKEN, GARBLED_AUTHORIZATION }

    FuzzCase withAccept(Optional<String> type) {
        return new FuzzCase(operation, rawPath, rawQuery, body, contentType, caller, type, refusedByConstruction, why);
    }

    String target() {
        return rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }

    @Override
    public String toString() {
        String shown = body.map(b -> new String(b, StandardCharsets.UTF_8)).map(b -> b.length() > 300 ? b.substring(0, 300) + "..." : b)
                .orElse("(no body)");
        return operation.method() + " " + target() + " as " + caller + " [" + contentType.orElse("no Content-Type")
                + accept.map(a -> ", Accept " + a).orElse("") + "] "
                + shown + (refusedByConstruction ? "  -- must be refused: " + why : "  -- valid: " + why);
    }
}
