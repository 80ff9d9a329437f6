package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;

/**
 * A second synth: the prod stage, with one extra queue consumed by identity so that the event source wiring,
 * unused by Focus today, is exercised before a context needs it.
 */
class ProductionStageTest {

    private static final QueueDefinition CONSUMED = new QueueDefinition("test-jobs", 90, 3, 7, Optional.of("identity"));
    private static SynthesizedFocus prod;

    @BeforeAll
    static void synthesize() {
        var queues = new ArrayList<>(FocusResources.queues());
        queues.add(CONSUMED);
        prod = SynthesizedFocus.synthesize(Map.of("stage", "prod", "emailDomain", "focus-app.net",
                        "webBaseUrl", "https://focus-app.net", "natGateways", "1"),
                new Blueprint(FocusResources.TABLE, queues, FocusResources.functions()));
    }

    @Test
    void aConsumerReadsItsQueueThroughItsLiveAliasAndReportsPartialFailures() {
        var mappings = prod.resources("Api", "AWS::Lambda::EventSourceMapping").values();
        assertThat(mappings).hasSize(1);
        var mapping = SynthesizedFocus.properties(mappings.iterator().next());

        assertThat(mapping.get("BatchSize")).isEqualTo(CONSUMED.batchSize());
        assertThat(mapping.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
        var alias = prod.follow("Api", aliasReference(mapping.get("FunctionName")));
        assertThat(alias.type()).isEqualTo("AWS::Lambda::Alias");
        assertThat(alias.property("Name")).isEqualTo("live");
        assertThat(prod.follow("Api", alias.property("FunctionName")).property("FunctionName")).isEqualTo("focus-prod-identity");
        assertThat(prod.follow("Api", mapping.get("EventSourceArn")).property("QueueName")).isEqualTo("focus-prod-test-jobs");
    }

    /** The mapping names {@code <function>:live}, the function part cut out of the alias ARN ({@code Ref} of the alias). */
    @SuppressWarnings("unchecked")
    private static Object aliasReference(Object functionName) {
        var parts = (List<Object>) ((List<Object>) ((Map<String, Object>) functionName).get("Fn::Join")).get(1);
        assertThat(parts.get(1)).isEqualTo(":live");
        var select = (List<Object>) ((Map<String, Object>) parts.get(0)).get("Fn::Select");
        var split = (List<Object>) ((Map<String, Object>) select.get(1)).get("Fn::Split");
        return split.get(1);
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
