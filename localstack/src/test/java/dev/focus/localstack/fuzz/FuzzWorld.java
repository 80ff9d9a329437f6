package dev.focus.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.localstack.LocalStack;
import dev.focus.localstack.StackOptions;
import dev.focus.localstack.TestAccounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack under fuzzing and what the fuzzer has learnt of it: the served documents' operations, two users who
 * registered, verified their address and signed in as a person would, and every id the API has answered with.
 */
final class FuzzWorld implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_IDS = 200;

    final LocalStack stack;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Operation> operations = new ArrayList<>();
    final Map<String, String> documents = new java.util.TreeMap<>();
    final List<String> tokens = new ArrayList<>();
    final List<String> ids = new CopyOnWriteArrayList<>();
    final Stores stores;

    private FuzzWorld(LocalStack stack) throws Exception {
        this.stack = stack;
        readDocuments();
        for (int i = 0; i < 2; i++) {
            tokens.add(TestAccounts.signUp(stack.baseUri(), "fuzz"));
        }
        this.stores = new Stores(stack.emulatorSettings());
    }

    static FuzzWorld start() throws Exception {
        Path root = StackOptions.findRepositoryRoot(Path.of(""));
        List<dev.focus.localstack.HostedFunction> functions = LocalStack.focusFunctions(root);
        return new FuzzWorld(LocalStack.start(StackOptions.ephemeral(root), functions));
    }

    URI uri(String target) {
        return URI.create(stack.baseUri() + target);
    }

    /** The served documents, as a client developer finds them: the links on /docs. */
    private void readDocuments() throws Exception {
        String page = get("/docs").body();
        Matcher links = Pattern.compile("\"(/docs/openapi/[^\"]+\\.ya?ml)\"").matcher(page);
        while (links.find()) {
            String url = links.group(1);
            if (documents.containsKey(url)) {
                continue;
            }
            HttpResponse<String> document = get(url);
            if (document.statusCode() != 200) {
                throw new AssertionError("/docs links " + url + " but it answers " + document.statusCode());
            }
            documents.put(url, document.body());
            operations.addAll(ServedDocuments.operations(url, document.body()));
        }
        if (operations.isEmpty()) {
            throw new AssertionError("No operation in the documents linked from /docs: " + page);
        }
    }

    /** Remembers every id an answer names, so later requests can name real resources. */
    void learnIds(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ((field.getKey().equals("id") || field.getKey().endsWith("_id")) && field.getValue().isTextual()
                        && ids.size() < MAX_IDS && !ids.contains(field.getValue().asText())) {
                    ids.add(field.getValue().asText());
                } else {
                    learnIds(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(this::learnIds);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        stores.close();
        stack.close();
    }
}
