package dev.focus.localstack.fuzz;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.paginators.ScanIterable;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fingerprint of everything the functions store, to show that a refused request wrote nothing: every DynamoDB
 * item and every PostgreSQL row, but for what changes without any request (timer items, rolled on by the phase-end
 * worker) and the records a refusal is meant to leave (failed sign-ins and the audit log).
 */
final class Stores implements AutoCloseable {

    /** Kept by design when a request is refused: they are how refusals are counted and audited. */
    private static final Set<String> REFUSAL_RECORDS = Set.of("flyway_schema_history", "login_failures", "audit_log");

    private final DynamoDbClient dynamoDb;
    private final SqsClient sqs;
    private final List<String> queueUrls;
    private final String table;
    private final Connection database;

    Stores(Map<String, String> settings) throws SQLException {
        this.table = settings.get("focus.dynamodb.table-name");
        this.dynamoDb = DynamoDbClient.builder().endpointOverride(URI.create(settings.get("focus.dynamodb.endpoint")))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        this.sqs = SqsClient.builder().endpointOverride(URI.create(settings.get("focus.sqs.endpoint")))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        this.queueUrls = settings.entrySet().stream()
                .filter(e -> e.getKey().startsWith("focus.queues.") && e.getKey().endsWith(".url"))
                .map(Map.Entry::getValue).sorted().toList();
        this.database = DriverManager.getConnection(settings.get("datasources.default.url"),
                settings.get("datasources.default.username"), settings.get("datasources.default.password"));
    }

    /**
     * The fingerprint once the consumers have caught up with earlier requests (a deleted account reaching rooms, a
     * phase end): no queue holds a message that is visible or being handled, and two readings agree.
     */
    String settledFingerprint() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String last = fingerprint();
        while (true) {
            Thread.sleep(40);
            String now = fingerprint();
            if ((now.equals(last) && queuesIdle()) || System.nanoTime() > deadline) {
                return now;
            }
            last = now;
        }
    }

    private boolean queuesIdle() {
        for (String url : queueUrls) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            if (attributes.values().stream().anyMatch(count -> !"0".equals(count))) {
                return false;
            }
        }
        return true;
    }

    String fingerprint() throws SQLException {
        MessageDigest digest = sha256();
        ScanIterable pages = dynamoDb.scanPaginator(b -> b.tableName(table).consistentRead(true));
        List<String> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : pages.items()) {
            if (!"TIMER".equals(item.getOrDefault("sk", AttributeValue.fromS("")).s())) {
                items.add(new TreeMap<>(item).toString());
            }
        }
        items.sort(String::compareTo);
        items.forEach(item -> digest.update(item.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (String tableName : tables()) {
            try (Statement statement = database.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                         + " FROM " + tableName + " t")) {
                rows.next();
                digest.update((tableName + "=" + rows.getString(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_schema || '.' || table_name, table_name"
                     + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                     + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rows.next()) {
                if (!REFUSAL_RECORDS.contains(rows.getString(2))) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        dynamoDb.close();
        sqs.close();
        database.close();
    }
}
