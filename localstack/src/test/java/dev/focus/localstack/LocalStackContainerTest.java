package dev.focus.localstack;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.BindMode;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * For people with Docker and a LocalStack auth token: the compose setup's init hook creates exactly what
 * FocusResources defines. Skipped without Docker (as on this project's CI) or without LOCALSTACK_AUTH_TOKEN.
 */
@Testcontainers(disabledWithoutDocker = true)
@DisplayName("LocalStack in Docker, set up by localstack/docker's init hook")
class LocalStackContainerTest {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4"))
            .withServices("dynamodb", "sqs", "ses")
            .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""))
            .withFileSystemBind(hookDirectory(), "/etc/localstack/init/ready.d", BindMode.READ_ONLY);

    @BeforeAll
    static void needsAToken() {
        assumeTrue(System.getenv("LOCALSTACK_AUTH_TOKEN") != null, "LocalStack's image needs LOCALSTACK_AUTH_TOKEN");
    }

    @Test
    @DisplayName("has the Focus table with its keys and index")
    void createsTheTable() {
        try (var dynamo = DynamoDbClient.builder().endpointOverride(LOCALSTACK.getEndpoint()).region(region())
                .credentialsProvider(credentials()).build()) {
            var table = dynamo.describeTable(r -> r.tableName(FocusResources.TABLE.name())).table();
            assertThat(table.keySchema()).extracting(KeySchemaElement::attributeName)
                    .containsExactly(FocusResources.TABLE.partitionKey(), FocusResources.TABLE.sortKey());
            assertThat(table.globalSecondaryIndexes()).extracting(index -> index.indexName())
                    .containsExactlyElementsOf(FocusResources.TABLE.indexes().stream().map(index -> index.name()).toList());
        }
    }

    @Test
    @DisplayName("has every queue, each with its dead-letter queue")
    void createsTheQueues() {
        try (var sqs = SqsClient.builder().endpointOverride(LOCALSTACK.getEndpoint()).region(region())
                .credentialsProvider(credentials()).build()) {
            for (QueueDefinition queue : FocusResources.queues()) {
                String url = sqs.getQueueUrl(r -> r.queueName(queue.queueName())).queueUrl();
                var attributes = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributes();
                assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY)).contains(queue.deadLetterQueueName())
                        .contains(Integer.toString(queue.maxReceiveCount()));
            }
        }
    }

    private static String hookDirectory() {
        return Path.of("docker/init/ready.d").toAbsolutePath().toString();
    }

    private static Region region() {
        return Region.of(LOCALSTACK.getRegion());
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
    }
}
