package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.TableDefinition;
import software.amazon.awscdk.assertions.Template;

/** The table, the VPC and PostgreSQL of the dev stage. */
class DataStackTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    @SuppressWarnings("unchecked")
    void theTableHasTheDefinedKeysIndexesAndTtl() {
        TableDefinition definition = FocusResources.TABLE;
        var table = focus.resourceWith("Data", "AWS::DynamoDB::Table", "TableName", "focus-dev");
        var properties = SynthesizedFocus.properties(table.getValue());

        assertThat(properties.get("KeySchema")).isEqualTo(List.of(
                Map.of("AttributeName", definition.partitionKey(), "KeyType", "HASH"),
                Map.of("AttributeName", definition.sortKey(), "KeyType", "RANGE")));
        assertThat(properties.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
        assertThat(properties.get("PointInTimeRecoverySpecification"))
                .isEqualTo(Map.of("PointInTimeRecoveryEnabled", true));
        assertThat(properties.get("TimeToLiveSpecification"))
                .isEqualTo(Map.of("AttributeName", definition.ttlAttribute().orElseThrow(), "Enabled", true));
        assertThat((List<?>) properties.get("GlobalSecondaryIndexes")).hasSameSizeAs(definition.indexes());
        for (TableDefinition.IndexDefinition index : definition.indexes()) {
            assertThat((List<Object>) properties.get("GlobalSecondaryIndexes")).contains((Object) Map.of(
                    "IndexName", index.name(),
                    "KeySchema", List.of(Map.of("AttributeName", index.partitionKey(), "KeyType", "HASH"),
                            Map.of("AttributeName", index.sortKey(), "KeyType", "RANGE")),
                    "Projection", Map.of("ProjectionType", "ALL")));
        }
        assertThat(table.getValue().get("DeletionPolicy")).isEqualTo("Delete");
    }

    @Test
    void theVpcSpansTwoZonesWithoutNatOrInternetGateway() {
        Template data = focus.template("Data");
        data.resourceCountIs("AWS::EC2::VPC", 1);
        data.resourceCountIs("AWS::EC2::Subnet", 2);
        data.allResourcesProperties("AWS::EC2::Subnet", Map.of("MapPublicIpOnLaunch", false));
        data.resourceCountIs("AWS::EC2::NatGateway", 0);
        data.resourceCountIs("AWS::EC2::InternetGateway", 0);
    }

    @Test
    void functionsInTheVpcReachSqsAndSesThroughEndpoints() {
        // ServiceName is com.amazonaws.<region>.<service>, joined with the region at deploy time.
        var services = focus.resources("Data", "AWS::EC2::VPCEndpoint").values().stream()
                .map(endpoint -> lastJoinedPart(SynthesizedFocus.properties(endpoint).get("ServiceName")))
                .toList();
        assertThat(services).containsExactlyInAnyOrder(".sqs", ".email");
    }

    @Test
    void postgresqlIsAuroraServerlessV2BehindATlsProxy() {
        var cluster = focus.resources("Data", "AWS::RDS::DBCluster").values().iterator().next();
        var properties = SynthesizedFocus.properties(cluster);
        assertThat(properties.get("Engine")).isEqualTo("aurora-postgresql");
        assertThat(properties.get("ServerlessV2ScalingConfiguration"))
                .isEqualTo(Map.of("MinCapacity", 0.5, "MaxCapacity", 2));
        assertThat(properties.get("DatabaseName")).isEqualTo("focus");
        assertThat(properties.get("StorageEncrypted")).isEqualTo(true);
        assertThat(focus.resources("Data", "AWS::RDS::DBInstance").values())
                .allSatisfy(instance -> assertThat(SynthesizedFocus.properties(instance).get("DBInstanceClass"))
                        .isEqualTo("db.serverless"));

        var proxy = focus.resourceWith("Data", "AWS::RDS::DBProxy", "DBProxyName", "focus-dev-db-proxy");
        var proxyProperties = SynthesizedFocus.properties(proxy.getValue());
        assertThat(proxyProperties.get("RequireTLS")).isEqualTo(true);
        assertThat(proxyProperties.get("EngineFamily")).isEqualTo("POSTGRESQL");
    }

    @SuppressWarnings("unchecked")
    private static Object lastJoinedPart(Object value) {
        var join = (List<Object>) ((Map<String, Object>) value).get("Fn::Join");
        return ((List<Object>) join.get(1)).getLast();
    }

    @Test
    void onlyTheDatabaseClientsGroupMayReachTheProxy() {
        var proxy = focus.resourceWith("Data", "AWS::RDS::DBProxy", "DBProxyName", "focus-dev-db-proxy");
        @SuppressWarnings("unchecked")
        var proxyGroup = ((List<Object>) SynthesizedFocus.properties(proxy.getValue()).get("VpcSecurityGroupIds")).getFirst();
        var rules = focus.resources("Data", "AWS::EC2::SecurityGroupIngress").values().stream()
                .map(SynthesizedFocus::properties)
                .filter(rule -> proxyGroup.equals(rule.get("GroupId")))
                .toList();
        assertThat(rules).hasSize(1);
        assertThat(rules.getFirst().get("FromPort")).isEqualTo(5432);
        assertThat(focus.follow("Data", rules.getFirst().get("SourceSecurityGroupId")).property("GroupDescription"))
                .isEqualTo("Functions that reach PostgreSQL through the RDS Proxy");
    }
}
