package dev.focus.localstack;

import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.HttpRoute;
import dev.focus.resources.Setting;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A function the stack hosts: its deployment jar (absolute), its handler class, the routes that invoke it, the
 * settings it reads, and the command that builds its jar (shown when the jar is missing).
 */
public record HostedFunction(String name, Path jar, String handler, List<HttpRoute> routes, Set<Setting> settings,
                             String buildHint) {

    public HostedFunction {
        routes = List.copyOf(routes);
        settings = Set.copyOf(settings);
    }

    /** A function of {@link dev.focus.resources.FocusResources}, its jar resolved against the repository root. */
    public static HostedFunction of(FunctionDefinition definition, Path repositoryRoot) {
        return new HostedFunction(definition.name(), repositoryRoot.resolve(definition.jar()).toAbsolutePath().normalize(),
                definition.handler(), definition.routes(), definition.settings(),
                "./mvnw install -DskipTests -pl " + definition.module() + " -am");
    }
}
