package dev.focus.emulators;

import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("emulators")
class LocalCloudTest {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("a persistent local cloud keeps table items and rows across restarts; wipe starts from nothing")
    void persistentCloudSurvivesRestartsUntilWiped() throws SQLException {
        Path dataDir = tmp.resolve("cloud");
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("ROOM#1"), "sk", AttributeValue.fromS("META"));
        try (LocalCloud cloud = LocalCloud.start(LocalCloud.Options.persistentIn(dataDir))) {
            Map<String, String> settings = cloud.settings();
            try (DynamoDbClient dynamoDb = AwsClients.dynamoDb(URI.create(settings.get(Setting.DYNAMODB_ENDPOINT.property())));
                 SqsClient sqs = AwsClients.sqs(URI.create(settings.get(Setting.SQS_ENDPOINT.property())));
                 var connection = DriverManager.getConnection(settings.get(Setting.DATASOURCE_URL.property()),
                         settings.get(Setting.DATASOURCE_USERNAME.property()), settings.get(Setting.DATASOURCE_PASSWORD.property()));
                 var sql = connection.createStatement()) {
                dynamoDb.putItem(b -> b.tableName(settings.get(Setting.TABLE_NAME.property())).item(key));
                String queueUrl = settings.get(FocusResources.USER_EVENTS.urlSetting().property());
                sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("UserDeleted"));
                sql.execute("create table kept (id int)");
            }
            assertThat(cloud.settings()).containsEntry("aws.region", "us-east-1")
                    .containsKeys(Setting.SES_ENDPOINT.property(), "aws.accessKeyId", "aws.secretAccessKey");
            assertThat(cloud.queueUrls()).containsKeys("user-events", "user-events-dlq");
        }

        try (LocalCloud restarted = LocalCloud.start(LocalCloud.Options.persistentIn(dataDir));
             DynamoDbClient dynamoDb = AwsClients.dynamoDb(restarted.dynamoDb().endpoint());
             var connection = restarted.postgres().connect(LocalCloud.DATABASE);
             var sql = connection.createStatement()) {
            assertThat(dynamoDb.getItem(b -> b.tableName("focus").key(key)).hasItem()).isTrue();
            assertThat(sql.executeQuery("select count(*) from kept").next()).isTrue();
        }

        try (LocalCloud wiped = LocalCloud.start(LocalCloud.Options.persistentIn(dataDir).wiped());
             DynamoDbClient dynamoDb = AwsClients.dynamoDb(wiped.dynamoDb().endpoint())) {
            assertThat(dynamoDb.getItem(b -> b.tableName("focus").key(key)).hasItem()).isFalse();
        }
    }

    @Test
    @DisplayName("an in-memory local cloud hands out fresh databases and leaves no directory behind")
    void inMemoryCloudCleansUp() throws SQLException {
        Path postgresDir;
        try (LocalCloud cloud = LocalCloud.start(LocalCloud.Options.inMemory())) {
            String first = cloud.newDatabase("SomeTest");
            String second = cloud.newDatabase("SomeTest");
            assertThat(first).isNotEqualTo(second);
            try (var connection = DriverManager.getConnection(first, cloud.postgres().username(), cloud.postgres().password());
                 var rows = connection.createStatement().executeQuery("select 1")) {
                assertThat(rows.next()).isTrue();
            }
            postgresDir = cloud.postgres().dataDir();
            assertThat(postgresDir).exists();
        }
        assertThat(Files.exists(postgresDir.getParent())).isFalse();
    }
}
