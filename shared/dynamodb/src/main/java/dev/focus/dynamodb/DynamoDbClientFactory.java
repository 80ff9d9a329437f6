package dev.focus.dynamodb;

import dev.focus.aws.AwsClients;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Only functions that have a table (a {@code focus.dynamodb.table-name}) get a client. */
@Factory
@Requires(property = "focus.dynamodb.table-name")
class DynamoDbClientFactory {

    @Singleton
    DynamoDbClient dynamoDbClient(DynamoDbSettings settings, AwsClients clients) {
        return clients.build(DynamoDbClient.builder(), settings.getEndpoint().map(Object::toString).orElse(null));
    }
}
