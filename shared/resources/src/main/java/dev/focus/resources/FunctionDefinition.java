package dev.focus.resources;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One Lambda function: the Maven module that builds its deployment jar, the handler class in that jar,
 * its size, the HTTP routes that invoke it and the settings it reads.
 */
public record FunctionDefinition(String name, String module, String handler, int memoryMb, int timeoutSeconds,
                                 List<HttpRoute> routes, Set<Setting> settings) {

    public FunctionDefinition {
        routes = List.copyOf(routes);
        settings = Set.copyOf(settings);
    }

    /** A PostgreSQL function: it runs in the VPC and its migrations run as a deploy step. */
    public boolean usesPostgres() {
        return settings.contains(Setting.DATASOURCE_URL);
    }

    /** The deployment jar, relative to the repository root: {@code functions/identity/target/focus-identity-lambda.jar}. */
    public Path jar() {
        Path dir = Path.of(module);
        return dir.resolve("target").resolve("focus-" + dir.getFileName() + "-lambda.jar");
    }
}
