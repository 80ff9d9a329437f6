package dev.focus.dynamodb;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamoDbClientFactoryTest {

    @Test
    @DisplayName("with an endpoint configured the client talks to it, in the configured region")
    void endpoint_override() {
        try (var context = ApplicationContext.run(Map.of(
                "focus.dynamodb.table-name", "focus-test",
                "focus.dynamodb.endpoint", "http://127.0.0.1:8000",
                "focus.aws.region", "eu-west-3"))) {
            var configuration = context.getBean(DynamoDbClient.class).serviceClientConfiguration();

            assertThat(configuration.endpointOverride()).contains(URI.create("http://127.0.0.1:8000"));
            assertThat(configuration.region()).isEqualTo(Region.EU_WEST_3);
            assertThat(context.getBean(DynamoDbSettings.class).getTableName()).isEqualTo("focus-test");
        }
    }

    @Test
    @DisplayName("without an endpoint the client uses AWS's own endpoint")
    void no_override() {
        try (var context = ApplicationContext.run(Map.of("focus.dynamodb.table-name", "focus", "focus.aws.region", "us-east-1"))) {
            assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride()).isEmpty();
        }
    }

    @Test
    @DisplayName("a function without a table gets no DynamoDB client at all")
    void no_table_no_client() {
        try (var context = ApplicationContext.run(Map.of())) {
            assertThat(context.containsBean(DynamoDbClient.class)).isFalse();
        }
    }

    @Test
    @DisplayName("a blank table name is a configuration error")
    void blank_table_name() {
        try (var context = ApplicationContext.run(Map.of("focus.dynamodb.table-name", " "))) {
            assertThatThrownBy(() -> context.getBean(DynamoDbClient.class)).isInstanceOf(BeanInstantiationException.class);
        }
    }
}
