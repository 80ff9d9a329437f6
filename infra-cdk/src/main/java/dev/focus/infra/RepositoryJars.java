package dev.focus.infra;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.focus.resources.FunctionDefinition;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Finds each function's deployment jar under a repository root, as {@link FunctionDefinition#jar()} names it.
 * The jars are built by Maven beforehand; the CDK only uploads them as they are (no Docker bundling).
 */
public final class RepositoryJars {

    private final Path root;

    private RepositoryJars(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static RepositoryJars at(Path root) {
        return new RepositoryJars(root);
    }

    /** The repository root above {@code start}: the first directory holding both {@code mvnw} and {@code infra-cdk/}. */
    public static RepositoryJars above(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra-cdk"))) {
                return new RepositoryJars(dir);
            }
        }
        throw new IllegalStateException("no Focus repository (a directory with mvnw and infra-cdk/) above " + start
                + "; run the CDK from infra-cdk/ or pass -c repoRoot=/path/to/focus");
    }

    public Path root() {
        return root;
    }

    public Path jarOf(FunctionDefinition function) {
        Path jar = root.resolve(function.jar());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the deployment jar of function " + function.name() + " is missing: " + jar
                    + ". Build the jars first: run `./mvnw package` in " + root + ", then synth or deploy again.");
        }
        return jar;
    }

    public Code codeOf(FunctionDefinition function) {
        return Code.fromAsset(jarOf(function).toString());
    }
}
