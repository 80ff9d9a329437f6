package dev.focus.emulators;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.focus.resources.TableDefinition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DynamoDB Local in this JVM. One shared database for all credentials and regions ({@code -sharedDb}), in memory
 * or in {@code dataDir}; telemetry off so nothing is written to the working directory.
 */
public final class DynamoDbLocalServer implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final URI endpoint;
    private final DynamoDbClient client;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
        this.client = AwsClients.dynamoDb(endpoint);
    }

    public static DynamoDbLocalServer start(Optional<Path> dataDir, int port) {
        int actualPort = FreePort.orPick(port);
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(actualPort), "-sharedDb",
                "-disableTelemetry"));
        if (dataDir.isPresent()) {
            args.addAll(List.of("-dbPath", createDirectories(dataDir.get()).toString()));
        } else {
            args.add("-inMemory");
        }
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new DynamoDbLocalServer(server, actualPort);
        } catch (Exception e) { // DynamoDB Local declares Exception; anything here means it did not start
            throw new IllegalStateException("DynamoDB Local did not start on port " + actualPort, e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Creates the table as the CDK does (on-demand, GSIs projecting ALL, TTL on) unless it exists already. */
    public void createTable(TableDefinition table) {
        try {
            client.describeTable(b -> b.tableName(table.name()));
        } catch (ResourceNotFoundException missing) {
            try {
                client.createTable(b -> b.tableName(table.name())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attributes(table))
                        .keySchema(keys(table.partitionKey(), table.sortKey()))
                        .globalSecondaryIndexes(table.indexes().stream().map(DynamoDbLocalServer::index).toList()));
            } catch (ResourceInUseException createdConcurrently) {
                // someone else created it between our describe and create
            }
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(table.name()));
        table.ttlAttribute().ifPresent(attribute -> enableTimeToLive(table.name(), attribute));
    }

    private void enableTimeToLive(String tableName, String attribute) {
        var ttl = client.describeTimeToLive(b -> b.tableName(tableName)).timeToLiveDescription();
        if (ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLED && attribute.equals(ttl.attributeName())) {
            return;
        }
        client.updateTimeToLive(b -> b.tableName(tableName)
                .timeToLiveSpecification(s -> s.attributeName(attribute).enabled(true)));
    }

    private static List<AttributeDefinition> attributes(TableDefinition table) {
        Set<String> names = new LinkedHashSet<>(List.of(table.partitionKey(), table.sortKey()));
        table.indexes().forEach(index -> {
            names.add(index.partitionKey());
            names.add(index.sortKey());
        });
        return names.stream()
                .map(name -> AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build())
                .toList();
    }

    private static GlobalSecondaryIndex index(TableDefinition.IndexDefinition index) {
        return GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(keys(index.partitionKey(), index.sortKey()))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    private static List<KeySchemaElement> keys(String partitionKey, String sortKey) {
        return List.of(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    @Override
    public void close() {
        client.close();
        try {
            server.stop();
        } catch (Exception e) { // DynamoDB Local declares Exception on stop
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }
}
