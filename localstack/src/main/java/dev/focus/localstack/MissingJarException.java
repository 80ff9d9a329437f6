package dev.focus.localstack;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown before anything starts when a function's deployment jar has not been built. */
public final class MissingJarException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    MissingJarException(List<HostedFunction> missing) {
        super(missing.stream()
                .map(f -> "  " + f.name() + ": " + f.jar() + "\n    build it with: " + f.buildHint())
                .collect(Collectors.joining("\n",
                        "The local stack needs deployment jars that are not built yet:\n",
                        "\n  or build everything and start the stack with: ./mvnw -Plocal")));
    }

    static void check(List<HostedFunction> functions) {
        List<HostedFunction> missing = functions.stream().filter(f -> !Files.isRegularFile(f.jar())).toList();
        if (!missing.isEmpty()) {
            throw new MissingJarException(missing);
        }
    }
}
