package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.Setting;
import software.amazon.awscdk.assertions.Template;

/** Every function of FocusResources as it will run on AWS: runtime, SnapStart, alias, environment, network, IAM. */
class FunctionsTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    void everyFunctionRunsJava21OnArm64WithSnapStartAndItsDefinedSize() {
        assertThat(FocusResources.functions()).isNotEmpty();
        Template api = focus.template("Api");
        for (FunctionDefinition definition : FocusResources.functions()) {
            api.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "focus-dev-" + definition.name(),
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "Handler", definition.handler(),
                    "MemorySize", definition.memoryMb(),
                    "Timeout", definition.timeoutSeconds()));
        }
    }

    @Test
    void everyFunctionHasTheLiveAliasOnAPublishedVersionOfItself() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            String functionId = focus.resourceWith("Api", "AWS::Lambda::Function", "FunctionName",
                    "focus-dev-" + definition.name()).getKey();
            var alias = focus.aliasOf(functionId);
            assertThat(alias.property("Name")).isEqualTo("live");
            var version = focus.follow("Api", alias.property("FunctionVersion"));
            assertThat(version.type()).isEqualTo("AWS::Lambda::Version");
            assertThat(version.property("FunctionName")).isEqualTo(Map.of("Ref", functionId));
        }
    }

    @Test
    void environmentHoldsExactlyTheDeclaredSettingsWithoutLocalEndpoints() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            Set<String> expected = definition.settings().stream()
                    .filter(setting -> !setting.property().endsWith(".endpoint"))
                    .map(Setting::environmentVariable)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            expected.add("JAVA_TOOL_OPTIONS");

            Map<String, Object> variables = environment(definition);
            if (definition.usesPostgres()) {
                assertThat(variables.get(Setting.MIGRATE_ON_START.environmentVariable())).isEqualTo("false");
            }

            assertThat(variables.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(variables).doesNotContainKeys("FOCUS_DYNAMODB_ENDPOINT",
                    "FOCUS_SQS_ENDPOINT", "FOCUS_SES_ENDPOINT");
            assertThat(variables.get("JAVA_TOOL_OPTIONS")).isEqualTo("-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void everyPostgresFunctionHasItsMigrationsRunByADeployTriggerBeforeItsVersionIsPublished() {
        Template api = focus.template("Api");
        for (FunctionDefinition definition : FocusResources.functions()) {
            if (!definition.usesPostgres()) {
                continue;
            }
            var migrate = focus.resourceWith("Api", "AWS::Lambda::Function", "FunctionName",
                    "focus-dev-" + definition.name() + "-migrate");
            Map<String, Object> properties = SynthesizedFocus.properties(migrate.getValue());
            assertThat(properties.get("Handler")).isEqualTo(FocusResources.MIGRATION_HANDLER);
            assertThat(properties.get("Runtime")).isEqualTo("java21");
            assertThat(properties).containsKey("VpcConfig");
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = (Map<String, Object>) ((Map<String, Object>) properties.get("Environment")).get("Variables");
            assertThat(variables.get(Setting.MIGRATE_ON_START.environmentVariable())).isEqualTo("true");
        }
        api.resourceCountIs("Custom::Trigger", (int) FocusResources.functions().stream().filter(FunctionDefinition::usesPostgres).count());
    }

    @Test
    void identityGetsItsValuesFromTheResourcesOfItsStage() {
        Map<String, Object> variables = environment(FocusResources.IDENTITY);

        assertThat(variables.get("FOCUS_AWS_REGION")).isEqualTo(Map.of("Ref", "AWS::Region"));
        assertThat(variables.get("FOCUS_EMAIL_FROM")).isEqualTo("no-reply@focus.example.com");
        assertThat(variables.get("FOCUS_WEB_BASE_URL")).isEqualTo("https://focus.example.com");
        assertThat(variables.get("FOCUS_OAUTH_GOOGLE_JWKS_URL")).isEqualTo("https://www.googleapis.com/oauth2/v3/certs");

        var queue = focus.follow("Api", variables.get(FocusResources.USER_EVENTS.urlSetting().environmentVariable()));
        assertThat(queue.type()).isEqualTo("AWS::SQS::Queue");
        assertThat(queue.property("QueueName")).isEqualTo("focus-dev-user-events");

        String jwt = String.valueOf(variables.get("FOCUS_JWT_SECRET"));
        assertThat(jwt).contains("{{resolve:secretsmanager:").contains("JwtSecret");
        assertThat(focus.resources("Api", "AWS::SecretsManager::Secret")).hasSize(1);

        List<Object> url = SynthesizedFocus.joined(variables.get("DATASOURCES_DEFAULT_URL"));
        assertThat(url).hasSize(3);
        assertThat(url.get(0)).isEqualTo("jdbc:postgresql://");
        assertThat(focus.follow("Api", url.get(1)).type()).isEqualTo("AWS::RDS::DBProxy");
        assertThat(url.get(2)).isEqualTo(":5432/focus?sslmode=require");
        assertThat(String.valueOf(variables.get("DATASOURCES_DEFAULT_USERNAME"))).contains(":SecretString:username::}}");
        assertThat(String.valueOf(variables.get("DATASOURCES_DEFAULT_PASSWORD"))).contains(":SecretString:password::}}");
    }

    @Test
    void functionsThatNeedPostgresqlRunInTheVpcAndOthersDoNot() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            @SuppressWarnings("unchecked")
            var vpcConfig = (Map<String, Object>) properties(definition).get("VpcConfig");
            if (definition.settings().contains(Setting.DATASOURCE_URL)) {
                assertThat(vpcConfig).as(definition.name() + " needs PostgreSQL").isNotNull();
                @SuppressWarnings("unchecked")
                var subnets = (List<Object>) vpcConfig.get("SubnetIds");
                assertThat(subnets).hasSize(2);
                for (Object subnet : subnets) {
                    var resolved = focus.follow("Api", subnet);
                    assertThat(resolved.part()).isEqualTo("Data");
                    assertThat(resolved.type()).isEqualTo("AWS::EC2::Subnet");
                    assertThat(resolved.property("MapPublicIpOnLaunch")).isEqualTo(false);
                }
                @SuppressWarnings("unchecked")
                var groups = (List<Object>) vpcConfig.get("SecurityGroupIds");
                assertThat(groups).hasSize(1);
                assertThat(focus.follow("Api", groups.getFirst()).property("GroupDescription"))
                        .isEqualTo("Functions that reach PostgreSQL through the RDS Proxy");
            } else {
                assertThat(vpcConfig).as(definition.name() + " does not need PostgreSQL").isNull();
            }
        }
    }

    @Test
    void everyFunctionLogsToItsOwnGroupWithRetention() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            @SuppressWarnings("unchecked")
            var logging = (Map<String, Object>) properties(definition).get("LoggingConfig");
            var group = focus.follow("Api", logging.get("LogGroup"));
            assertThat(group.property("LogGroupName")).isEqualTo("/aws/lambda/focus-dev-" + definition.name());
            assertThat(group.property("RetentionInDays")).isEqualTo(14);
        }
    }

    @Test
    void grantsFollowTheDeclaredSettingsAndNothingIsGrantedOnEveryResource() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            List<Map<String, Object>> statements = focus.policyStatements(definition.name());
            Set<String> actions = statements.stream().flatMap(s -> actions(s).stream()).collect(Collectors.toSet());

            assertThat(actions.stream().anyMatch(a -> a.startsWith("dynamodb:")))
                    .isEqualTo(definition.settings().contains(Setting.TABLE_NAME));
            assertThat(actions.contains("ses:SendEmail")).isEqualTo(definition.settings().contains(Setting.EMAIL_FROM));
            assertThat(actions.contains("execute-api:ManageConnections")).as(definition.name())
                    .isEqualTo(definition.settings().contains(Setting.WEBSOCKET_ENDPOINT));
            assertThat(statements).allSatisfy(statement -> {
                assertThat(statement.get("Resource")).isNotEqualTo("*");
                assertThat(actions(statement)).noneMatch(action -> action.endsWith(":*"));
            });
        }
    }

    @Test
    @DisplayName("a function may send exactly to the queues whose URL settings it declares, dead-letter queues never")
    void aFunctionSendsExactlyToTheQueuesItNames() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            Set<String> declared = FocusResources.queues().stream()
                    .filter(queue -> definition.settings().contains(queue.urlSetting()))
                    .map(queue -> "focus-dev-" + queue.queueName()).collect(Collectors.toSet());

            assertThat(queuesWith(definition, "sqs:SendMessage")).as(definition.name()).isEqualTo(declared);
        }
        assertThat(queuesWith(FocusResources.ROOMS, "sqs:SendMessage"))
                .containsExactlyInAnyOrder("focus-dev-timer-triggers", "focus-dev-room-events.fifo", "focus-dev-focus-sessions");
    }

    @Test
    @DisplayName("a function may receive and delete messages only of the queues it consumes")
    void aFunctionConsumesOnlyTheQueuesThatNameIt() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            Set<String> consumed = FocusResources.queues().stream()
                    .filter(queue -> queue.consumer().filter(definition.name()::equals).isPresent())
                    .map(queue -> "focus-dev-" + queue.queueName()).collect(Collectors.toSet());

            assertThat(queuesWith(definition, "sqs:ReceiveMessage")).as(definition.name()).isEqualTo(consumed);
            assertThat(queuesWith(definition, "sqs:DeleteMessage")).as(definition.name()).isEqualTo(consumed);
        }
        assertThat(queuesWith(FocusResources.ROOMS_WORKER, "sqs:ReceiveMessage"))
                .containsExactlyInAnyOrder("focus-dev-timer-triggers", "focus-dev-user-events");
    }

    @Test
    @DisplayName("a function that reads the table may read and write its items on the table and its indexes, and nothing else")
    void tableGrantsCoverTheTableAndItsIndexesOnly() {
        var tableFunctions = FocusResources.functions().stream()
                .filter(definition -> definition.settings().contains(Setting.TABLE_NAME)).toList();
        assertThat(tableFunctions).contains(FocusResources.ROOMS, FocusResources.ROOMS_WORKER);
        for (FunctionDefinition definition : tableFunctions) {
            var statements = focus.policyStatements(definition.name()).stream()
                    .filter(statement -> actions(statement).stream().anyMatch(action -> action.startsWith("dynamodb:")))
                    .toList();

            assertThat(statements).as(definition.name()).hasSize(1);
            var statement = statements.getFirst();
            assertThat(actions(statement)).containsExactlyInAnyOrderElementsOf(ApiStack.TABLE_ACTIONS)
                    .doesNotContain("dynamodb:Scan", "dynamodb:GetRecords");
            var resources = SynthesizedFocus.statementResources(statement);
            assertThat(resources).hasSize(2);
            var table = focus.follow("Api", resources.get(0));
            assertThat(table.part()).isEqualTo("Data");
            assertThat(table.property("TableName")).isEqualTo("focus-dev");
            List<Object> indexes = SynthesizedFocus.joined(resources.get(1));
            assertThat(focus.follow("Api", indexes.get(0)).logicalId()).isEqualTo(table.logicalId());
            assertThat(indexes.get(1)).isEqualTo("/index/*");
        }
    }

    /** Physical names of the queues on which the function's policies allow {@code action}. */
    private Set<String> queuesWith(FunctionDefinition definition, String action) {
        return focus.policyStatements(definition.name()).stream()
                .filter(statement -> actions(statement).contains(action))
                .flatMap(statement -> SynthesizedFocus.statementResources(statement).stream())
                .map(resource -> focus.follow("Api", resource))
                .peek(resource -> assertThat(resource.type()).isEqualTo("AWS::SQS::Queue"))
                .map(resource -> (String) resource.property("QueueName"))
                .collect(Collectors.toSet());
    }

    private Map<String, Object> properties(FunctionDefinition definition) {
        return SynthesizedFocus.properties(focus.function(definition.name()).getValue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(FunctionDefinition definition) {
        var environment = (Map<String, Object>) properties(definition).get("Environment");
        return (Map<String, Object>) environment.get("Variables");
    }

    private static List<String> actions(Map<String, Object> statement) {
        return SynthesizedFocus.actions(statement);
    }
}
