package dev.focus.dynamodb;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import jakarta.validation.constraints.NotBlank;

import java.net.URI;
import java.util.Optional;

/** {@code focus.dynamodb.*}: the one table of the environment and, locally, the endpoint of DynamoDB Local. */
@ConfigurationProperties("focus.dynamodb")
@Requires(property = "focus.dynamodb.table-name")
public interface DynamoDbSettings {

    @NotBlank
    String getTableName();

    Optional<URI> getEndpoint();
}
