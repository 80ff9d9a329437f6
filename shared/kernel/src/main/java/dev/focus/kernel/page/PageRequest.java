package dev.focus.kernel.page;

import dev.focus.kernel.api.Problems;

import java.util.Map;
import java.util.Optional;

/** What a client asked of a list: at most {@code limit} items, after the position an opaque cursor marks. */
public record PageRequest(int limit, Optional<Map<String, String>> after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** From the raw {@code limit} and {@code cursor} query parameters; bad values are 400 problems. */
    public static PageRequest of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw Problems.validation("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(effective, cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(Cursor.decode(cursor)));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
