package dev.focus.infra;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Construct ids and physical names derived from the resource definitions' names. */
final class Names {

    private Names() {
    }

    /** {@code user-events} becomes {@code UserEvents}: construct ids stay stable when the definition's name does. */
    static String pascal(String name) {
        return Arrays.stream(name.split("[^A-Za-z0-9]+"))
                .filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining());
    }

    /** {@code focus-dev-identity}: the physical name of a stage's resource. */
    static String physical(StageConfig config, String name) {
        return "focus-" + config.stage() + "-" + name;
    }
}
