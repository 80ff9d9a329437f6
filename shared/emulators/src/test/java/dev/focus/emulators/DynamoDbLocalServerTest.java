package dev.focus.emulators;

import dev.focus.resources.FocusResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("emulators")
class DynamoDbLocalServerTest {

    static DynamoDbLocalServer server;
    static DynamoDbClient client;

    @BeforeAll
    static void start() {
        server = DynamoDbLocalServer.start(Optional.empty(), 0);
        server.createTable(FocusResources.TABLE);
        server.createTable(FocusResources.TABLE);
        client = AwsClients.dynamoDb(server.endpoint());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    @DisplayName("an item put through the SDK is read back, also through the GSI")
    void putThenGet() {
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.fromS("USER#1"), "sk", AttributeValue.fromS("PROFILE"),
                "gsi1pk", AttributeValue.fromS("EMAIL#a@b.c"), "gsi1sk", AttributeValue.fromS("USER#1"),
                "name", AttributeValue.fromS("Ada"));
        client.putItem(b -> b.tableName("focus").item(item));

        var read = client.getItem(b -> b.tableName("focus").consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("USER#1"), "sk", AttributeValue.fromS("PROFILE"))));
        var byEmail = client.query(b -> b.tableName("focus").indexName("gsi1")
                .keyConditionExpression("gsi1pk = :email")
                .expressionAttributeValues(Map.of(":email", AttributeValue.fromS("EMAIL#a@b.c"))));

        assertThat(read.item().get("name").s()).isEqualTo("Ada");
        assertThat(byEmail.items()).singleElement().satisfies(found -> assertThat(found.get("name").s()).isEqualTo("Ada"));
    }

    @Test
    @DisplayName("the table is created as the CDK does: on demand, GSI projecting ALL, TTL on expires_at")
    void tableIsConfiguredLikeProduction() {
        var table = client.describeTable(b -> b.tableName("focus")).table();
        var ttl = client.describeTimeToLive(b -> b.tableName("focus")).timeToLiveDescription();

        assertThat(table.billingModeSummary().billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("gsi1");
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
            assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        });
        assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(ttl.attributeName()).isEqualTo("expires_at");
    }
}
