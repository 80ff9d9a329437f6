package dev.focus.lambda.host;

import java.nio.file.Files;
import java.nio.file.Path;

/** The deployment jar a smoke test checks: Failsafe passes it in {@value #PROPERTY} (see functions/pom.xml). */
public final class DeploymentJar {

    public static final String PROPERTY = "focus.lambda.jar";

    private DeploymentJar() {
    }

    /** The built jar; fails with a clear message when it is not given or not built. */
    public static Path underTest() {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set: run smoke tests with "
                    + "Failsafe (mvn verify), which passes the module's target/<artifactId>-lambda.jar");
        }
        Path jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No deployment jar at " + jar.toAbsolutePath() + ": package the module first");
        }
        return jar;
    }
}
