package dev.focus.broadcast;

import dev.focus.aws.AwsClients;
import dev.focus.aws.OnFirstUse;
import dev.focus.dynamodb.DynamoDbSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The broadcast beans of a function that has a table. {@code focus.websocket.management-endpoint} is the WebSocket
 * stage's Management API endpoint (the local gateway's base URL on the local stack);
 * {@code focus.websocket.broadcast-concurrency} bounds the parallel posts (16 unless set).
 */
@Factory
@Requires(property = "focus.dynamodb.table-name")
class BroadcastFactory {

    /** A post slower than this counts as failed (and is retried); API Gateway answers a post in milliseconds. */
    static final Duration POST_TIMEOUT = Duration.ofSeconds(3);

    @Singleton
    Connections connections(DynamoDbClient dynamo, DynamoDbSettings settings, Clock clock) {
        return new Connections(dynamo, settings.getTableName(), clock);
    }

    @Singleton
    @Requires(property = "focus.websocket.management-endpoint")
    Poster poster(AwsClients clients, @Value("${focus.websocket.management-endpoint}") String endpoint,
                  @Value("${focus.websocket.broadcast-concurrency:16}") int concurrency) {
        var client = new OnFirstUse<>(() -> clients.build(
                ApiGatewayManagementApiClient.builder()
                        // the broadcaster retries with its own backoff; a post that hangs must not hold the batch
                        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                                .apiCallTimeout(POST_TIMEOUT)),
                endpoint,
                // one kept-alive connection per parallel post: no new TLS handshake per message
                ApacheHttpClient.builder().maxConnections(Math.max(1, concurrency))
                        .connectionTimeout(Duration.ofSeconds(1)).socketTimeout(POST_TIMEOUT)));
        return new ManagementApiPoster(client);
    }

    @Singleton
    @Named("broadcast")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService broadcastPool(@Value("${focus.websocket.broadcast-concurrency:16}") int concurrency) {
        var counter = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, concurrency), task -> {
            Thread thread = new Thread(task, "focus-broadcast-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Singleton
    @Requires(beans = Poster.class)
    Broadcaster broadcaster(Connections connections, Poster poster, @Named("broadcast") ExecutorService pool,
                            JsonMapper json, Clock clock) {
        return new Broadcaster(connections, poster, pool, json, clock, duration -> Thread.sleep(duration));
    }
}
