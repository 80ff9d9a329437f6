package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.QueueDefinition;
import dev.focus.resources.Setting;
import dev.focus.resources.WebSocketApi;
import software.amazon.awscdk.App;

/**
 * What fails synth, with which message: missing jars, missing context, settings without an AWS value, blueprints
 * that name functions they lack.
 */
class ConfigurationTest {

    @Test
    void aMissingJarTellsToBuildWithMaven(@TempDir Path repo) {
        assertThatThrownBy(() -> RepositoryJars.at(repo).codeOf(FocusResources.IDENTITY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("./mvnw package")
                .hasMessageContaining(FocusResources.IDENTITY.jar().toString());
    }

    @Test
    void theRepositoryRootIsFoundAboveAnyDirectoryInside(@TempDir Path repo) throws IOException {
        SynthesizedFocus.dummyRepository(repo, List.of(FocusResources.IDENTITY));
        assertThat(RepositoryJars.above(repo.resolve("infra-cdk")).root()).isEqualTo(repo.toRealPath());
        assertThat(RepositoryJars.above(repo).jarOf(FocusResources.IDENTITY)).exists();
    }

    @Test
    void theStageDefaultsToDevAndTheDomainIsRequired() {
        var config = StageConfig.fromContext(app(Map.of("emailDomain", "focus.example.com",
                "webBaseUrl", "https://focus.example.com")).getNode());
        assertThat(config.stage()).isEqualTo("dev");
        assertThat(config.emailFrom()).isEqualTo("no-reply@focus.example.com");
        assertThat(config.natGateways()).isZero();

        assertThatThrownBy(() -> StageConfig.fromContext(app(Map.of("webBaseUrl", "https://x.org")).getNode()))
                .hasMessageContaining("-c emailDomain=");
    }

    @Test
    void productionRefusesThePlaceholderDomain() {
        assertThatThrownBy(() -> StageConfig.fromContext(app(Map.of("stage", "prod",
                "emailDomain", "focus.example.com", "webBaseUrl", "https://focus.example.com")).getNode()))
                .hasMessageContaining("real emailDomain");
    }

    @Test
    void aSettingWithoutAnAwsValueFailsSynthNamingIt() {
        var function = new FunctionDefinition("reports", "functions/reports", "Handler", 512, 10, List.of(),
                Set.of(Setting.REGION, Setting.SQS_ENDPOINT, new Setting("focus.reports.bucket")));
        var values = new SettingValues(Map.of(Setting.REGION, "eu-west-1"));

        assertThatThrownBy(() -> values.environmentOf(function))
                .hasMessageContaining("focus.reports.bucket").hasMessageContaining("FOCUS_REPORTS_BUCKET");
        var known = new SettingValues(Map.of(Setting.REGION, "eu-west-1", new Setting("focus.reports.bucket"), "b"));
        assertThat(known.environmentOf(function)).containsOnlyKeys("FOCUS_AWS_REGION", "FOCUS_REPORTS_BUCKET",
                "JAVA_TOOL_OPTIONS");
    }

    @Test
    void aConsumerMustExistAndOutlastItsFunctionsTimeout() {
        var unknown = new QueueDefinition("jobs", 60, 3, 10, Optional.of("nobody"));
        assertThatThrownBy(() -> withQueue(unknown))
                .hasMessageContaining("nobody");
        var tooShort = new QueueDefinition("jobs", 5, 3, 10, Optional.of("identity"));
        assertThatThrownBy(() -> withQueue(tooShort))
                .hasMessageContaining("visibility timeout");
    }

    @Test
    @DisplayName("a consumed queue takes at most 10 messages per batch, since event sources have no batching window")
    void aConsumedQueueTakesAtMostTenMessagesPerBatch() {
        var tooLarge = new QueueDefinition("jobs", 60, 3, 11, Optional.of("identity"));
        assertThatThrownBy(() -> withQueue(tooLarge))
                .hasMessageContaining("jobs").hasMessageContaining("batch size of 11");
        var unconsumed = new QueueDefinition("jobs", 60, 3, 11, Optional.empty());
        assertThat(withQueue(unconsumed).queues())
                .containsExactly(unconsumed);
    }

    @Test
    void buildersNameTheMissingValue() {
        assertThatThrownBy(() -> AsyncStack.builder(new App(), "Async").queues(List.of()).build())
                .hasMessage("AsyncStack needs a stage config");
    }

    @Test
    void theWebSocketApiMustNameAFunction() {
        var elsewhere = new WebSocketApi("chat", "/ws", FocusResources.WEBSOCKET_API.routeKeys());
        assertThatThrownBy(() -> new Blueprint(FocusResources.TABLE, FocusResources.queues(), FocusResources.functions(),
                elsewhere)).hasMessageContaining("chat");
    }

    /** Focus's functions and WebSocket API with this one queue. */
    private static Blueprint withQueue(QueueDefinition queue) {
        return new Blueprint(FocusResources.TABLE, List.of(queue), FocusResources.functions(), FocusResources.WEBSOCKET_API);
    }

    private static App app(Map<String, Object> context) {
        return App.Builder.create().context(new HashMap<>(context)).build();
    }
}
