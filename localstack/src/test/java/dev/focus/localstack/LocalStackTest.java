package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real stack on a free port, with the emulators and a test function packed into its own jar; checked over
 * HTTP as a client would. (The identity function's own journey is {@link IdentityJourneyTest}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStack.Extension.class)
class LocalStackTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private TestStack stack;

    @BeforeAll
    void useTheSharedStack(TestStack shared) {
        stack = shared;
    }

    @Test
    void health_is_up_with_every_function_started() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("functions").has("echo")).isTrue();
        assertThat(health.path("endpoints").path("focus.dynamodb.endpoint").asText()).startsWith("http://");
        // without the rooms jar no hosted function consumes a queue (QueueEventSourceTest covers the polling)
        assertThat(health.path("event_sources").isObject()).isTrue();
        if (stack.focusFunctionsBuilt()) {
            assertThat(health.path("event_sources").path("timer-triggers").asText()).isEqualTo("rooms-worker");
            assertThat(health.path("event_sources").path("user-events").asText()).isEqualTo("rooms-worker");
        }
    }

    @Test
    void a_routed_request_reaches_the_function_as_an_api_gateway_event_and_its_answer_comes_back() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/echo/things/a%20b?x=1&y=two"))
                .header("X-Test", "yes")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        // the handler ran in its own class loader, named by the bridge after the function
        assertThat(response.headers().firstValue("x-echo")).hasValue("function:echo");
        assertThat(response.headers().allValues("set-cookie")).containsExactly("echo=1; Path=/", "flavour=plain; Path=/");
        JsonNode event = json.readTree(response.body());
        assertThat(event.path("version").asText()).isEqualTo("2.0");
        assertThat(event.path("routeKey").asText()).isEqualTo("ANY /echo/{proxy+}");
        assertThat(event.path("rawPath").asText()).isEqualTo("/echo/things/a%20b");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("x=1&y=two");
        assertThat(event.path("pathParameters").path("proxy").asText()).isEqualTo("things/a b");
        assertThat(event.path("headers").path("x-test").asText()).isEqualTo("yes");
        assertThat(event.path("requestContext").path("http").path("method").asText()).isEqualTo("POST");
        assertThat(event.path("body").asText()).isEqualTo("{\"a\":1}");
    }

    @Test
    void each_function_runs_in_its_own_class_loader_even_when_built_from_the_same_classes() throws Exception {
        HttpResponse<String> first = get("/other/a");
        HttpResponse<String> second = get("/other/b");

        assertThat(first.headers().firstValue("x-echo")).hasValue("function:other");
        // the echo function's calls in other tests do not count here: its static state is its own
        assertThat(first.headers().firstValue("x-invocation")).hasValue("1");
        assertThat(second.headers().firstValue("x-invocation")).hasValue("2");
    }

    @Test
    void an_exact_method_route_wins_over_the_greedy_one() throws Exception {
        JsonNode get = json.readTree(get("/echo/items/7").body());
        JsonNode delete = json.readTree(http.send(HttpRequest.newBuilder(uri("/echo/items/7")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(get.path("routeKey").asText()).isEqualTo("GET /echo/items/{id}");
        assertThat(get.path("pathParameters").path("id").asText()).isEqualTo("7");
        assertThat(delete.path("routeKey").asText()).isEqualTo("ANY /echo/{proxy+}");
    }

    @Test
    void an_unknown_route_is_the_gateways_own_404_problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree("""
                {"type": "https://focus.dev/problems/not-found", "title": "Not Found", "status": 404,
                 "detail": "No route for GET /api/v1/no-such-thing.", "code": "NOT_FOUND", "errors": []}"""));
    }

    @Test
    void a_function_that_throws_gives_a_500_internal_error_problem() throws Exception {
        HttpResponse<String> response = get("/echo/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).path("code").asText()).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void concurrent_requests_run_concurrently() {
        int requests = 4;
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, requests)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(uri("/echo/slow/" + i)).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(responses).allSatisfy(r -> assertThat(r.join().statusCode()).isEqualTo(201));
        // each sleeps 700 ms: one after another they would need 2800 ms
        assertThat(elapsedMillis).isLessThan(2_000);
    }

    @Test
    void docs_serve_swagger_ui_over_the_openapi_document_inside_the_function_jar() throws Exception {
        HttpResponse<String> page = get("/docs");
        HttpResponse<String> document = get("/docs/openapi/echo.yml");
        HttpResponse<String> bundle = get("/docs/swagger-ui/swagger-ui-bundle.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("swagger-ui-bundle.js").contains("/docs/openapi/echo.yml")
                .contains(EmailsEndpoint.HTML_PATH);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).isEqualTo(TestStack.ECHO_OPENAPI);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(get("/docs/swagger-ui/../../logback.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void docs_list_only_documents_that_exist_and_openapi_lists_them() throws Exception {
        HttpResponse<String> page = get("/docs");
        HttpResponse<String> list = get(DocsEndpoint.OPENAPI);
        HttpResponse<String> listPage = http.send(HttpRequest.newBuilder(uri("/docs/openapi"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        List<String> linked = java.util.regex.Pattern.compile("url: \"([^\"]+)\"").matcher(page.body()).results()
                .map(m -> m.group(1)).toList();
        assertThat(linked).contains("/docs/openapi/echo.yml").doesNotHaveDuplicates();
        for (String url : linked) {
            assertThat(get(url).statusCode()).as(url).isEqualTo(200);
        }
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode documents = json.readTree(list.body());
        assertThat(documents.findValuesAsText("url")).containsExactlyInAnyOrderElementsOf(linked);
        assertThat(documents.findValuesAsText("function")).contains("echo", "other")
                .doesNotContain("rooms-worker", "realtime", "realtime-worker");
        assertThat(listPage.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(listPage.body()).contains("<a href=\"/docs/openapi/echo.yml\">");
    }

    @Test
    void docs_link_the_websocket_protocol_guide_from_the_repository() throws Exception {
        HttpResponse<String> page = get("/docs");
        HttpResponse<String> guide = get(DocsEndpoint.GUIDES + "websocket.md");

        assertThat(page.body()).contains(DocsEndpoint.GUIDES + "websocket.md").contains("WebSocket protocol");
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(guide.body()).contains("\"action\":\"subscribe\"");
        assertThat(get(DocsEndpoint.GUIDES + "../../pom.xml").statusCode()).isEqualTo(404);
        assertThat(get(DocsEndpoint.GUIDES + "STYLE.md").statusCode()).isEqualTo(404);
    }

    @Test
    void sent_emails_are_listed_newest_first_as_json_and_as_a_page_with_clickable_links() throws Exception {
        String sesEndpoint = json.readTree(get("/health").body()).path("endpoints").path("focus.ses.endpoint").asText();
        sendEmail(sesEndpoint, "first@example.com", "First", "Open http://localhost/one now");
        sendEmail(sesEndpoint, "second@example.com", "Second", "Open http://localhost/verify?token=abc&x=1 now");

        HttpResponse<String> response = get("/_local/emails");
        HttpResponse<String> page = get("/_local/emails.html");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode emails = json.readTree(response.body());
        assertThat(emails.isArray()).isTrue();
        JsonNode newest = emails.get(0);
        assertThat(newest.path("subject").asText()).isEqualTo("Second");
        assertThat(newest.path("to").isArray()).isTrue();
        assertThat(newest.path("to").get(0).asText()).isEqualTo("second@example.com");
        assertThat(newest.path("from").asText()).isEqualTo("Focus <no-reply@focus.local>");
        assertThat(newest.path("text").asText()).contains("token=abc");
        assertThat(newest.path("html").asText()).contains("<b>Second</b>");
        assertThat(newest.path("sent_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(emails.get(1).path("subject").asText()).isEqualTo("First");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"http://localhost/verify?token=abc&amp;x=1\"");
    }

    @Test
    void a_browser_asking_for_emails_gets_the_page() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/_local/emails"))
                .header("Accept", "text/html,application/xhtml+xml").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Sent emails</h1>");
    }

    @Test
    void links_in_emails_open_stand_in_pages_that_call_the_api() throws Exception {
        HttpResponse<String> verify = get("/_local/web/verify-email?token=abc");
        HttpResponse<String> reset = get("/_local/web/reset-password?token=abc");

        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.body()).contains("fetch(\"/api/v1/auth/verify-email\"");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("fetch(\"/api/v1/auth/reset-password\"").contains("new_password");
    }

    private void sendEmail(String sesEndpoint, String to, String subject, String text) throws Exception {
        var body = json.createObjectNode();
        body.put("FromEmailAddress", "Focus <no-reply@focus.local>");
        body.putObject("Destination").putArray("ToAddresses").add(to);
        var simple = body.putObject("Content").putObject("Simple");
        simple.putObject("Subject").put("Data", subject);
        simple.putObject("Body").putObject("Text").put("Data", text);
        simple.with("Body").putObject("Html").put("Data", "<b>" + subject + "</b>");
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(sesEndpoint + "/v2/email/outbound-emails"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return stack.uri(pathAndQuery);
    }
}
