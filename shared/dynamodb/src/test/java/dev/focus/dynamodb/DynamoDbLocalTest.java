package dev.focus.dynamodb;

import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.testkit.WithLocalCloud;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
class DynamoDbLocalTest {

    @Test
    @DisplayName("with the local stack's settings the client reads and writes the configured table in DynamoDB Local")
    void talks_to_the_configured_table(LocalCloud cloud) {
        try (var context = ApplicationContext.run(new HashMap<>(cloud.settings()))) {
            DynamoDbClient dynamo = context.getBean(DynamoDbClient.class);
            String table = context.getBean(DynamoDbSettings.class).getTableName();
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("TEST#data"), "sk", AttributeValue.fromS("A"));

            dynamo.putItem(r -> r.tableName(table).item(key));

            assertThat(table).isEqualTo(FocusResources.TABLE.name());
            assertThat(dynamo.getItem(r -> r.tableName(table).key(key)).hasItem()).isTrue();
        }
    }
}
