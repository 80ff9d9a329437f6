package dev.focus.lambda.host;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import dev.focus.lambda.bridge.LambdaBridge;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the Lambda runtime brings beside a deployment jar: the bridge, aws-lambda-java-serialization and
 * aws-lambda-java-core. Found from where this JVM loaded them (target/classes in a build, jars otherwise).
 */
public final class BridgeClasspath {

    private BridgeClasspath() {
    }

    public static List<Path> entries() {
        var entries = new LinkedHashSet<Path>();
        entries.add(locationOf(LambdaBridge.class));
        entries.add(locationOf(PojoSerializer.class));
        entries.add(locationOf(Context.class));
        if (entries.size() < 3) {
            // a merged (shaded) host jar would put every host class into every function's loader
            throw new IllegalStateException("The Lambda bridge, aws-lambda-java-serialization and aws-lambda-java-core "
                    + "must come from separate jars or directories, not one merged jar: " + entries);
        }
        return List.copyOf(entries);
    }

    /** The classpath string for {@code java -cp}: the function jar first, as its classes win in Lambda too. */
    public static String withFunctionJar(Path functionJar) {
        var all = new java.util.ArrayList<String>();
        all.add(functionJar.toAbsolutePath().toString());
        entries().forEach(entry -> all.add(entry.toString()));
        return String.join(java.io.File.pathSeparator, all);
    }

    private static Path locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Odd code source for " + type.getName() + ": " + source.getLocation(), e);
        }
    }
}
