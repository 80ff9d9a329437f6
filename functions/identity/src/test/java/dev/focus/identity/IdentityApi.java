package dev.focus.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.Json;
import dev.focus.emulators.LocalCloud;
import dev.focus.emulators.SentEmail;
import dev.focus.lambda.bridge.LambdaBridge;
import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;
import dev.focus.testkit.OpenApiContract;
import dev.focus.testkit.TestClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import dev.focus.kernel.lambda.HttpApiFunction;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity function as API Gateway and Lambda drive it: each call becomes an HTTP API v2 event (route key and
 * path parameters matched against FocusResources.IDENTITY) and goes through the real handler class, configured
 * for Lambda exactly as in production, against this JVM's LocalCloud and a database of its own.
 */
final class IdentityApi implements AutoCloseable {

    static final String SECRET = "identity-tests-secret-that-is-comfortably-longer-than-32-bytes";
    static final String PASSWORD = "correct-horse-battery";
        private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath("META-INF/swagger/focus-identity-1.yml");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");

    record Response(int status, Map<String, String> headers, List<String> cookies, JsonNode json) {

        String text(String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        String code() {
            return text("code");
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }

        /** The Set-Cookie line that sets {@code name}, whether the handler put it in {@code cookies} or in the headers. */
        Optional<String> setCookie(String name) {
            List<String> lines = new ArrayList<>(cookies);
            header("Set-Cookie").ifPresent(lines::add);
            return lines.stream().filter(line -> line.startsWith(name + "=")).findFirst();
        }
    }

    record Account(String id, String email, String username, String password) {
    }

    final LocalCloud cloud;
    final TestClock clock = new TestClock();
    private final ApplicationContext context;
    private final APIGatewayV2HTTPEventFunction function;
    private final LambdaBridge bridge;
    private String sourceIp = "198.51.100.1";

    private IdentityApi(LocalCloud cloud, Map<String, Object> extraSettings) {
        this.cloud = cloud;
        Map<String, Object> settings = new HashMap<>(cloud.settings());
        settings.put("datasources.default.url", cloud.newDatabase("identity"));
        settings.put("focus.jwt.secret", SECRET);
        settings.put("focus.email.from", "no-reply@focus.test");
        settings.put("focus.web.base-url", "https://app.focus.test");
        settings.putAll(extraSettings);
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(settings).singletons(clock);
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        this.context = builder.start();
        this.function = new HttpApiFunction(context);
        this.bridge = LambdaBridge.forInstance(function);
    }

    static IdentityApi start(LocalCloud cloud) {
        return new IdentityApi(cloud, Map.of());
    }

    static IdentityApi start(LocalCloud cloud, Map<String, Object> extraSettings) {
        return new IdentityApi(cloud, extraSettings);
    }

    /** Calls from now on come from this client address (the throttle counts per address). */
    IdentityApi from(String ip) {
        this.sourceIp = ip;
        return this;
    }

    /** The statuses of {@code count} calls made at once, each on its own thread, in the order they were started. */
    static List<Integer> statusesInParallel(int count, java.util.function.IntFunction<Response> call) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(count);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException("a parallel call failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static String unique(String prefix) {
        return prefix + UNIQUE.incrementAndGet() + "x" + ProcessHandle.current().pid() % 1000;
    }

    // ---- raw calls

    Response call(String method, String pathAndQuery, String body, String accessToken) {
        return call(method, pathAndQuery, body, accessToken == null ? Map.of() : Map.of("authorization", "Bearer " + accessToken));
    }

    Response call(String method, String pathAndQuery, String body, Map<String, String> extraHeaders) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("host", "api.focus.test"));
        if (body != null) {
            headers.add(Map.entry("content-type", "application/json"));
        }
        extraHeaders.forEach((name, value) -> headers.add(Map.entry(name, value)));
        HttpRequestData request = new HttpRequestData(method, path, query, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), sourceIp);
        String event = ApiGatewayHttpEvents.routedEvent(FocusResources.IDENTITY.routes(), request, Clock.systemUTC())
                .orElseThrow(() -> new IllegalArgumentException("API Gateway routes no " + method + " " + path + " to identity"));
        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse(bridge.invoke(event, "identity"));
        CONTRACT.check(request, response);
        return new Response(response.statusCode(), response.headers(), response.cookies(), Json.read(response.bodyText()));
    }

    Response get(String path, String token) {
        return call("GET", path, null, token);
    }

    Response post(String path, Object body) {
        return call("POST", path, Json.write(body), (String) null);
    }

    Response post(String path, Object body, String token) {
        return call("POST", path, Json.write(body), token);
    }

    Response patch(String path, Object body, String token) {
        return call("PATCH", path, Json.write(body), token);
    }

    Response put(String path, Object body, String token) {
        return call("PUT", path, Json.write(body), token);
    }

    Response delete(String path, String token) {
        return call("DELETE", path, null, token);
    }

    // ---- route helpers

    Response register(String email, String username, String password) {
        return post("/api/v1/auth/register", Map.of("email", email, "username", username, "password", password));
    }

    Response login(String email, String password) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    /** A sign-in that sends a device token in the body, as a mobile client does. */
    Response login(String email, String password, String deviceToken) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password, "device_token", deviceToken));
    }

    /** A sign-in that sends a device token as the cookie, as a browser does. */
    Response loginWithCookie(String email, String password, String deviceToken) {
        return call("POST", "/api/v1/auth/login", Json.write(Map.of("email", email, "password", password)),
                Map.of("cookie", "theme=dark; device_token=" + deviceToken));
    }

    Response refresh(String refreshToken) {
        return post("/api/v1/auth/refresh", Map.of("refresh_token", refreshToken));
    }

    /** A registered account with a unique email and username. */
    Account newAccount() {
        String username = unique("user");
        String email = username + "@Example.COM";
        Response registered = register(email, username, PASSWORD);
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        return new Account(registered.text("id"), email.toLowerCase(), username, PASSWORD);
    }

    Account newVerifiedAccount() {
        Account account = newAccount();
        Response verified = post("/api/v1/auth/verify-email", Map.of("token", lastToken(account.email())));
        if (verified.status() != 200) {
            throw new IllegalStateException("verification failed: " + verified);
        }
        return account;
    }

    /** Logs in and answers the access token. */
    String accessTokenOf(Account account) {
        return tokensOf(account).text("access_token");
    }

    Response tokensOf(Account account) {
        Response login = login(account.email(), account.password());
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login);
        }
        return login;
    }

    List<SentEmail> emailsTo(String address) {
        return cloud.ses().emails().stream().filter(email -> email.to().contains(address)).toList();
    }

    /** The token of the link in the newest email to this address. */
    String lastToken(String address) {
        List<SentEmail> emails = emailsTo(address);
        if (emails.isEmpty()) {
            throw new IllegalStateException("no email to " + address);
        }
        Matcher matcher = TOKEN.matcher(emails.get(0).text()); // the SES emulator lists newest first
        if (!matcher.find()) {
            throw new IllegalStateException("no token link in the email to " + address);
        }
        return java.net.URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        function.close();
        context.close();
    }

    /** The first message about {@code userId} on {@code queue} (read, not deleted), as JSON; fails after 5 polls. */
    static JsonNode queuedEventFor(LocalCloud cloud, QueueDefinition queue, String userId) throws Exception {
        Map<String, String> settings = cloud.settings();
        try (SqsClient sqs = SqsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(cloud.sqs().endpoint())
                .region(Region.of(settings.get("aws.region")))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.get("aws.accessKeyId"), settings.get("aws.secretAccessKey"))))
                .build()) {
            String queueUrl = cloud.queueUrls().get(queue.name());
            List<Message> seen = new ArrayList<>();
            for (int attempt = 0; attempt < 5; attempt++) {
                seen.addAll(sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages());
                for (Message message : seen) {
                    JsonNode body = new ObjectMapper().readTree(message.body());
                    if (userId.equals(body.path("user_id").asText())) {
                        return body;
                    }
                }
            }
            throw new AssertionError("no event on " + queue.name() + " for " + userId + " among " + seen.size() + " messages");
        }
    }
}
