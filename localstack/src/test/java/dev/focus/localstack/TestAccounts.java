package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Accounts made on a running stack as a person makes them: register, follow the emailed link, sign in. */
public final class TestAccounts {

    private static final Pattern VERIFY_TOKEN = Pattern.compile("/verify-email\\?token=([^\\s&]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestAccounts() {
    }

    /** A new verified account, signed in: its access token. */
    public static String signUp(URI stack, String prefix) throws IOException, InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = prefix + "." + suffix + "@example.com";
        String password = "correct horse battery " + suffix;
        post(stack, "/api/v1/auth/register", Map.of("email", email, "username", prefix + "_" + suffix, "password", password));
        post(stack, "/api/v1/auth/verify-email", Map.of("token", verificationToken(stack, email)));
        JsonNode login = JSON.readTree(post(stack, "/api/v1/auth/login", Map.of("email", email, "password", password)));
        return login.path("access_token").asText();
    }

    /** The token of the verification link in the newest email the stack sent to {@code email}. */
    public static String verificationToken(URI stack, String email) throws IOException, InterruptedException {
        String emails = HTTP.send(HttpRequest.newBuilder(stack.resolve("/_local/emails")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (JsonNode sent : JSON.readTree(emails)) {
            if (sent.path("to").toString().contains(email)) {
                Matcher token = VERIFY_TOKEN.matcher(sent.path("text").asText());
                if (token.find()) {
                    return URLDecoder.decode(token.group(1), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No verification email to " + email);
    }

    private static String post(URI stack, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(stack.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError(path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
