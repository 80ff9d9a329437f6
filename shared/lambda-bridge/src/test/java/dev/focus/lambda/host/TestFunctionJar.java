package dev.focus.lambda.host;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.focus.lambda.testfunction.ProbeHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Packs the test handlers and aws-lambda-java-events into one jar, as the shade plugin packs a real
 * deployment jar, so that the tests load them the way a function is loaded.
 */
final class TestFunctionJar {

    static final String PROBE = "dev.focus.lambda.testfunction.ProbeHandler";
    static final String UPPER_CASE = "dev.focus.lambda.testfunction.UpperCaseStreamHandler";
    static final String GREETING = "dev.focus.lambda.testfunction.GreetingMethods::greet";

    private TestFunctionJar() {
    }

    static Path build(Path directory) {
        Path jar = directory.resolve("test-function-lambda.jar");
        var written = new HashSet<String>();
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            Path classes = location(ProbeHandler.class);
            Path handlers = classes.resolve("dev/focus/lambda/testfunction");
            try (var files = Files.list(handlers)) {
                for (Path file : files.toList()) {
                    String name = classes.relativize(file).toString().replace('\\', '/');
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                    written.add(name);
                }
            }
            try (var events = new JarFile(location(APIGatewayV2HTTPEvent.class).toFile())) {
                for (var entry : events.stream().toList()) {
                    if (entry.isDirectory() || entry.getName().startsWith("META-INF/") || !written.add(entry.getName())) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (var in = events.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
