package dev.focus.infra;

/** Builder checks: a missing value fails synth with the name of the builder and of the value. */
final class Required {

    private Required() {
    }

    static <T> T present(T value, String builder, String what) {
        if (value == null) {
            throw new IllegalStateException(builder + " needs " + what);
        }
        return value;
    }
}
