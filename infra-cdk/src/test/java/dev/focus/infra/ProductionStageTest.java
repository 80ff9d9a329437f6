package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A second synth: the prod stage, with a NAT gateway. */
class ProductionStageTest {

    private static SynthesizedFocus prod;

    @BeforeAll
    static void synthesize() {
        prod = SynthesizedFocus.synthesize(Map.of("stage", "prod", "emailDomain", "focus-app.net",
                "webBaseUrl", "https://focus-app.net", "natGateways", "1"), Blueprint.focus());
    }

    @Test
    void productionKeepsItsDataAndLogs() {
        var table = prod.resourceWith("Data", "AWS::DynamoDB::Table", "TableName", "focus-prod");
        assertThat(table.getValue().get("DeletionPolicy")).isEqualTo("Retain");
        assertThat(SynthesizedFocus.properties(table.getValue()).get("DeletionProtectionEnabled")).isEqualTo(true);

        var cluster = prod.resources("Data", "AWS::RDS::DBCluster").values().iterator().next();
        assertThat(cluster.get("DeletionPolicy")).isEqualTo("Snapshot");
        assertThat(SynthesizedFocus.properties(cluster).get("DeletionProtection")).isEqualTo(true);
        assertThat(prod.resources("Data", "AWS::RDS::DBInstance")).hasSize(2);

        assertThat(prod.resources("Api", "AWS::Logs::LogGroup").values()).allSatisfy(group -> {
            assertThat(group.get("DeletionPolicy")).isEqualTo("Retain");
            assertThat(SynthesizedFocus.properties(group).get("RetentionInDays")).isEqualTo(90);
        });
    }

    @Test
    void withANatGatewayFunctionsGetEgressThroughPrivateSubnets() {
        assertThat(prod.resources("Data", "AWS::EC2::NatGateway")).hasSize(1);
        assertThat(prod.resources("Data", "AWS::EC2::Subnet")).hasSize(4);
    }
}
