package dev.focus.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/** Packs test handler classes and resources into a deployment jar of their own, as a function module's build would. */
final class FixtureJars {

    private FixtureJars() {
    }

    static Path jarOf(Path dir, String name, Map<String, byte[]> resources, Class<?>... classes) throws IOException {
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * Every class and resource of the library jar that holds {@code type} (its META-INF left out), to pack into a
     * function jar as the shade plugin packs a function's dependencies.
     */
    static Map<String, byte[]> libraryOf(Class<?> type) throws IOException {
        Path library;
        try {
            library = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot tell where " + type.getName() + " comes from", e);
        }
        var entries = new LinkedHashMap<String, byte[]>();
        try (var jar = new JarFile(library.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }
}
