package dev.focus.aws;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

/**
 * Builds every AWS SDK client the same way: the url-connection HTTP client (the lightest to start), the region
 * {@code focus.aws.region} (else Lambda's {@code AWS_REGION}), an endpoint override only where one is configured. Credentials come from the SDK's default
 * chain (the Lambda role) unless {@code aws.accessKeyId}/{@code aws.secretAccessKey} are Micronaut properties,
 * as the local stack passes them.
 */
@Singleton
public final class AwsClients {

    private final String region;
    private final String accessKeyId;
    private final String secretAccessKey;

    AwsClients(@Nullable @Value("${focus.aws.region:}") String region,
               @Nullable @Value("${aws.accessKeyId:}") String accessKeyId,
               @Nullable @Value("${aws.secretAccessKey:}") String secretAccessKey) {
        this.region = region;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
    }

    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, @Nullable String endpoint) {
        return build(builder, endpoint, UrlConnectionHttpClient.builder());
    }

    /** The same, on another HTTP client (e.g. a pooled one for many parallel calls to one host). */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, @Nullable String endpoint,
                                                                                    SdkHttpClient.Builder<?> httpClient) {
        builder.httpClientBuilder(httpClient).region(region());
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        if (present(accessKeyId) && present(secretAccessKey)) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
        }
        return builder.build();
    }

    private Region region() {
        if (present(region)) {
            return Region.of(region);
        }
        String fromRuntime = System.getenv("AWS_REGION");
        return Region.of(present(fromRuntime) ? fromRuntime : "us-east-1");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
