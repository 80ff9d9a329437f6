package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * {@code /docs}: Swagger UI from the swagger-ui webjar, over every function's OpenAPI document, and the guides of
 * the repository's {@code docs/} that the OpenAPI documents cannot hold (the WebSocket protocol, the conventions),
 * as plain text under {@code /docs/guides/}. {@code /docs/openapi/} lists the documents: a JSON array of
 * {@code {function, url}}, or a page of links for a browser.
 */
final class DocsEndpoint {

    static final String PREFIX = "/docs";
    private static final String ASSETS = PREFIX + "/swagger-ui/";
    static final String OPENAPI = PREFIX + "/openapi/";
    static final String GUIDES = PREFIX + "/guides/";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "png", "image/png",
            "map", "application/json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiDocuments documents;
    private final List<DocLink> links;
    private final Map<String, Path> guides;
    private final String webjarRoot;

    /** {@code guides}: file name (as served under {@link #GUIDES}) to the file; each gets a link in the header. */
    DocsEndpoint(OpenApiDocuments documents, Map<String, Path> guides, List<DocLink> links) {
        this.documents = documents;
        this.guides = Map.copyOf(guides);
        this.links = List.copyOf(links);
        this.webjarRoot = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    }

    static boolean serves(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    LocalResponse handle(LocalRequest request) {
        String path = request.path();
        if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
            return LocalResponse.html(indexPage());
        }
        if (path.equals(OPENAPI) || path.equals(PREFIX + "/openapi")) {
            return request.prefersHtml() ? LocalResponse.html(documentsPage()) : LocalResponse.json(200, documentsJson());
        }
        if (path.startsWith(OPENAPI)) {
            return documents.byFileName(path.substring(OPENAPI.length()))
                    .map(d -> LocalResponse.of(200, "text/yaml; charset=utf-8", d.yaml()))
                    .orElseGet(() -> notFound(request));
        }
        if (path.startsWith(GUIDES)) {
            return guide(path.substring(GUIDES.length())).orElseGet(() -> notFound(request));
        }
        if (path.startsWith(ASSETS)) {
            return asset(path.substring(ASSETS.length())).orElseGet(() -> notFound(request));
        }
        return notFound(request);
    }

    private static LocalResponse notFound(LocalRequest request) {
        return GatewayProblem.notFound(request.method(), request.path()).response();
    }

    private String documentsJson() {
        List<Map<String, String>> list = documents.all().stream()
                .map(d -> Map.of("function", d.function(), "url", d.url())).toList();
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot list the OpenAPI documents", e);
        }
    }

    private String documentsPage() {
        String items = documents.all().stream()
                .map(d -> "<li><a href=\"" + Html.escape(d.url()) + "\">" + Html.escape(d.fileName()) + "</a> ("
                        + Html.escape(d.function()) + ")</li>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>OpenAPI documents (Focus local stack)</title></head>
                <body style="font-family: sans-serif">
                <h1>OpenAPI documents</h1>
                <ul>
                %s
                </ul>
                <p><a href="%s">Swagger UI</a> · <a href="%s">as JSON</a> (ask with Accept: application/json)</p>
                </body>
                </html>
                """.formatted(items.isEmpty() ? "<li>No function jar contains an OpenAPI document.</li>" : items,
                PREFIX, OPENAPI);
    }

    private Optional<LocalResponse> guide(String name) {
        Path file = guides.get(name);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // plain text: every browser shows it, and Markdown reads well as it is
            return Optional.of(LocalResponse.of(200, "text/plain; charset=utf-8", Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private Optional<LocalResponse> asset(String name) {
        if (name.isEmpty() || name.contains("..") || name.contains("/")) {
            return Optional.empty();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        try (InputStream in = DocsEndpoint.class.getClassLoader().getResourceAsStream(webjarRoot + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(LocalResponse.of(200, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"),
                    in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Swagger UI asset " + name, e);
        }
    }

    private String indexPage() {
        String nav = links.stream()
                .map(l -> "<a href=\"" + Html.escape(l.href()) + "\">" + Html.escape(l.title()) + "</a>")
                .collect(Collectors.joining(" "));
        String body;
        if (documents.all().isEmpty()) {
            body = "<p class=\"focus-empty\">No function jar contains an OpenAPI document (META-INF/swagger/*.yml).</p>";
        } else {
            String urls = documents.all().stream()
                    .map(d -> "{url: \"" + d.url() + "\", name: \"" + d.function()
                            + (d.fileName().equals(d.function() + ".yml") ? "" : " (" + d.fileName() + ")") + "\"}")
                    .collect(Collectors.joining(", "));
            body = """
                    <div id="swagger-ui"></div>
                    <script src="%1$sswagger-ui-bundle.js"></script>
                    <script src="%1$sswagger-ui-standalone-preset.js"></script>
                    <script>
                      window.ui = SwaggerUIBundle({
                        urls: [%2$s],
                        dom_id: "#swagger-ui",
                        deepLinking: true,
                        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                        layout: "StandaloneLayout"
                      });
                    </script>
                    """.formatted(ASSETS, urls);
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Focus API (local)</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                  <link rel="icon" type="image/png" href="%1$sfavicon-32x32.png">
                  <style>
                    body { margin: 0; }
                    .focus-links { font-family: sans-serif; padding: 8px 20px; background: #1f2a36; color: #fff; }
                    .focus-links a { color: #9fd3ff; margin-left: 16px; }
                    .focus-empty { font-family: sans-serif; padding: 20px; }
                  </style>
                </head>
                <body>
                <nav class="focus-links">Focus local stack %2$s</nav>
                %3$s
                </body>
                </html>
                """.formatted(ASSETS, nav, body);
    }

    private static String swaggerUiVersion() {
        String resource = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (InputStream in = DocsEndpoint.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is not on the class path (" + resource + ")");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
