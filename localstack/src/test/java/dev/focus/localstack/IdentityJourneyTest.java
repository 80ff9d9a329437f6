package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity function's real handler behind the local gateway: what a new user does, end to end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStack.Extension.class)
class IdentityJourneyTest {

    private static final Pattern VERIFY_LINK = Pattern.compile("(http://\\S+/verify-email)\\?token=([^\\s&]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private TestStack stack;

    @BeforeAll
    void useTheSharedStack(TestStack shared) {
        stack = shared;
    }

    @BeforeEach
    void needsTheBuiltFunctionJars() {
        stack.requireFocusFunctions();
    }

    @Test
    void register_read_the_email_verify_log_in_and_see_yourself() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "ada." + suffix + "@example.com";
        String username = "ada_" + suffix;
        String password = "correct horse battery staple";

        HttpResponse<String> registered = post("/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        JsonNode sent = emailTo(email);
        assertThat(sent.path("subject").asText()).containsIgnoringCase("confirm");
        Matcher link = VERIFY_LINK.matcher(sent.path("text").asText());
        assertThat(link.find()).as("a verification link in: " + sent.path("text").asText()).isTrue();
        assertThat(link.group(1)).isEqualTo(stack.stack().baseUri() + "/_local/web/verify-email");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(link.group(0))).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("/api/v1/auth/verify-email");
        String token = URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);

        HttpResponse<String> verified = post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

        HttpResponse<String> login = post("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String accessToken = json.readTree(login.body()).path("access_token").asText();
        assertThat(accessToken).isNotBlank();

        HttpResponse<String> me = http.send(HttpRequest.newBuilder(stack.uri("/api/v1/auth/me"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode user = json.readTree(me.body());
        assertThat(user.path("email").asText()).isEqualTo(email);
        assertThat(user.path("username").asText()).isEqualTo(username);
    }

    @Test
    void without_a_token_the_function_itself_refuses_with_a_problem() throws Exception {
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(stack.uri("/api/v1/auth/me")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(401);
        // not API Gateway's {"message": ...}: the handler answered
        assertThat(me.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase(Locale.ROOT)).contains("json"));
        assertThat(me.body()).doesNotContain("\"message\":\"Not Found\"");
    }

    @Test
    void the_docs_serve_the_identity_api_generated_at_build_time() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(stack.uri("/docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher url = Pattern.compile("\"(/docs/openapi/identity[^\"]*\\.yml)\"").matcher(page.body());
        assertThat(url.find()).as(page.body()).isTrue();

        HttpResponse<String> document = http.send(HttpRequest.newBuilder(stack.uri(url.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).startsWith("openapi:").contains("/api/v1/auth/register");
    }

    private JsonNode emailTo(String address) throws Exception {
        JsonNode emails = json.readTree(http.send(HttpRequest.newBuilder(stack.uri("/_local/emails")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode email : emails) {
            for (JsonNode to : email.path("to")) {
                if (to.asText().equalsIgnoreCase(address)) {
                    return email;
                }
            }
        }
        throw new AssertionError("No email to " + address + " in " + emails);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(stack.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
