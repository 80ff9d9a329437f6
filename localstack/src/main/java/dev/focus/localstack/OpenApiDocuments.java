package dev.focus.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The OpenAPI documents that micronaut-openapi generated at build time into each function jar's META-INF/swagger/. */
final class OpenApiDocuments {

    private static final String FOLDER = "META-INF/swagger/";

    /** One document, served at {@code /docs/openapi/<fileName>}. */
    record Document(String function, String fileName, byte[] yaml) {

        String url() {
            return "/docs/openapi/" + fileName;
        }
    }

    private final List<Document> documents;

    private OpenApiDocuments(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    static OpenApiDocuments readFrom(List<HostedFunction> functions) {
        var documents = new ArrayList<Document>();
        for (HostedFunction function : functions) {
            // a queue consumer shares its context's jar (and so its document) but serves no HTTP route
            if (!function.routes().isEmpty()) {
                documents.addAll(readJar(function.name(), function.jar()));
            }
        }
        return new OpenApiDocuments(documents);
    }

    List<Document> all() {
        return documents;
    }

    Optional<Document> byFileName(String fileName) {
        return documents.stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }

    private static List<Document> readJar(String function, Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> yamls = zip.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(FOLDER))
                    .filter(e -> e.getName().indexOf('/', FOLDER.length()) < 0)
                    .filter(e -> e.getName().endsWith(".yml") || e.getName().endsWith(".yaml"))
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .toList();
            var documents = new ArrayList<Document>();
            for (ZipEntry entry : yamls) {
                String stem = entry.getName().substring(FOLDER.length()).replaceFirst("\\.ya?ml$", "");
                String fileName = yamls.size() == 1 ? function + ".yml" : function + "-" + stem + ".yml";
                try (InputStream in = zip.getInputStream(entry)) {
                    documents.add(new Document(function, fileName, in.readAllBytes()));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI documents in " + jar, e);
        }
    }
}
