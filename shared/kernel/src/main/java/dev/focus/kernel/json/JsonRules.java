package dev.focus.kernel.json;

/**
 * Patterns for text fields that people see, for {@code @Pattern} on request records: Jakarta Validation checks
 * them and the generated OpenAPI document publishes them, so a client knows the rule before it sends.
 */
public final class JsonRules {

    /**
     * One line of visible text: no control characters at all (no tab, no line break), and not only spaces. Written
     * so that no text can be split two ways between its parts (leading spaces, the first visible character, the
     * rest): it fails in linear time, where a looser form backtracks quadratically on long input.
     */
    public static final String SINGLE_LINE = "^[^\\S\\u0000-\\u001F\\u007F-\\u009F]*[^\\s\\u0000-\\u001F\\u007F-\\u009F][^\\u0000-\\u001F\\u007F-\\u009F]*$";
    public static final String SINGLE_LINE_MESSAGE = "must be one line of text, not blank";

    private JsonRules() {
    }
}
