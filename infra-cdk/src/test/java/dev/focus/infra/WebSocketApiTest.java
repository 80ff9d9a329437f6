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
import dev.focus.resources.WebSocketApi;

/**
 * The WebSocket API of the dev stage: every route of FocusResources.WEBSOCKET_API on the realtime function's
 * alias, the two-way routes, the stage and its URLs, and who may post to connections.
 */
class WebSocketApiTest {

    private static final WebSocketApi DEFINITION = FocusResources.WEBSOCKET_API;

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    @DisplayName("the API picks a message's route by the message's action field")
    void theApiRoutesMessagesByTheirAction() {
        var api = SynthesizedFocus.properties(focus.resources("Api", "AWS::ApiGatewayV2::Api").get(apiId()));
        assertThat(api.get("ProtocolType")).isEqualTo("WEBSOCKET");
        assertThat(api.get("RouteSelectionExpression")).isEqualTo("$request.body.action");
    }

    @Test
    @DisplayName("every route key, and no other, leads to one Lambda proxy integration on the realtime function's live alias")
    void everyRouteInvokesTheRealtimeAlias() {
        assertThat(DEFINITION.routeKeys()).contains("$connect", "$disconnect", "$default", "subscribe", "ping");
        String aliasId = realtimeAliasId();
        var integrations = DEFINITION.routeKeys().stream().map(routeKey -> {
            var integration = focus.integrationOf(route(routeKey));
            assertThat(integration.property("IntegrationType")).isEqualTo("AWS_PROXY");
            assertThat(SynthesizedFocus.joined(integration.property("IntegrationUri"))).as(routeKey)
                    .contains(Map.of("Ref", aliasId));
            return integration.logicalId();
        }).collect(Collectors.toSet());

        assertThat(integrations).hasSize(1);
        assertThat(ofThisApi("AWS::ApiGatewayV2::Route")).hasSameSizeAs(DEFINITION.routeKeys());
    }

    @Test
    @DisplayName("API Gateway may invoke the realtime alias on each route key, and on no other")
    void apiGatewayMayInvokeTheAliasOnEveryRoute() {
        String aliasId = realtimeAliasId();
        var sourceArns = focus.resources("Api", "AWS::Lambda::Permission").values().stream()
                .map(SynthesizedFocus::properties)
                .filter(permission -> Map.of("Ref", aliasId).equals(permission.get("FunctionName")))
                .map(permission -> SynthesizedFocus.joined(permission.get("SourceArn")))
                .toList();

        assertThat(sourceArns).allSatisfy(parts -> assertThat(parts).contains(Map.of("Ref", apiId())));
        assertThat(sourceArns.stream().map(List::getLast))
                .containsExactlyInAnyOrderElementsOf(DEFINITION.routeKeys().stream().map(key -> "/*" + key).toList());
    }

    @Test
    @DisplayName("every route but $connect and $disconnect sends the handler's answer back to the caller")
    void twoWayRoutesHaveARouteResponse() {
        var responses = ofThisApi("AWS::ApiGatewayV2::RouteResponse");
        Set<String> twoWay = DEFINITION.routeKeys().stream().filter(routeKey -> {
            var route = SynthesizedFocus.properties(route(routeKey));
            var routeId = routeId(routeKey);
            var ownResponses = responses.stream().map(SynthesizedFocus::properties)
                    .filter(response -> Map.of("Ref", routeId).equals(response.get("RouteId"))).toList();
            if (ownResponses.isEmpty()) {
                assertThat(route).as(routeKey).doesNotContainKey("RouteResponseSelectionExpression");
                return false;
            }
            assertThat(route.get("RouteResponseSelectionExpression")).as(routeKey).isEqualTo("$default");
            assertThat(ownResponses).singleElement()
                    .satisfies(response -> assertThat(response.get("RouteResponseKey")).isEqualTo("$default"));
            return true;
        }).collect(Collectors.toSet());

        assertThat(twoWay).containsExactlyInAnyOrderElementsOf(DEFINITION.routeKeys().stream()
                .filter(routeKey -> !routeKey.equals("$connect") && !routeKey.equals("$disconnect")).toList());
        assertThat(twoWay).contains("$default", "subscribe", "unsubscribe", "ping", "presence");
    }

    @Test
    @DisplayName("the stage is named after the Focus stage, deploys itself, is throttled, and its wss URL is an output")
    @SuppressWarnings("unchecked")
    void theStageDeploysItselfAndItsUrlIsAnOutput() {
        var stage = SynthesizedFocus.properties(
                focus.resourceWith("Api", "AWS::ApiGatewayV2::Stage", "StageName", "dev").getValue());
        assertThat(stage.get("ApiId")).isEqualTo(Map.of("Ref", apiId()));
        assertThat(stage.get("AutoDeploy")).isEqualTo(true);
        assertThat(stage.get("DefaultRouteSettings"))
                .isEqualTo(Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100));

        var outputs = (Map<String, Map<String, Object>>) focus.rawTemplate("Api").get("Outputs");
        assertThat(SynthesizedFocus.joined(outputs.get("WebSocketUrl").get("Value"))).isEqualTo(stageUrl("wss://"));
    }

    @Test
    @DisplayName("the functions that post to connections are told the stage's https callback URL and a broadcast concurrency")
    @SuppressWarnings("unchecked")
    void postingFunctionsKnowTheCallbackUrl() {
        var posting = posting();
        assertThat(posting).contains(FocusResources.REALTIME_WORKER);
        for (FunctionDefinition definition : posting) {
            var variables = (Map<String, Object>) ((Map<String, Object>) SynthesizedFocus.properties(
                    focus.function(definition.name()).getValue()).get("Environment")).get("Variables");
            assertThat(SynthesizedFocus.joined(variables.get(Setting.WEBSOCKET_ENDPOINT.environmentVariable())))
                    .as(definition.name()).isEqualTo(stageUrl("https://"));
            assertThat(variables.get(Setting.BROADCAST_CONCURRENCY.environmentVariable())).isEqualTo("16");
        }
    }

    @Test
    @DisplayName("exactly the functions that post to connections may manage them, and only on this API's stage")
    void onlyPostingFunctionsMayManageConnections() {
        var posting = posting();
        assertThat(posting).doesNotContain(FocusResources.ROOMS, FocusResources.IDENTITY);
        for (FunctionDefinition definition : FocusResources.functions()) {
            var statements = focus.policyStatements(definition.name()).stream()
                    .filter(statement -> SynthesizedFocus.actions(statement).contains("execute-api:ManageConnections"))
                    .toList();
            if (!posting.contains(definition)) {
                assertThat(statements).as(definition.name()).isEmpty();
                continue;
            }
            assertThat(statements).as(definition.name()).singleElement().satisfies(statement -> {
                assertThat(SynthesizedFocus.actions(statement)).containsExactly("execute-api:ManageConnections");
                var resources = SynthesizedFocus.statementResources(statement);
                assertThat(resources).hasSize(1);
                var arn = SynthesizedFocus.joined(resources.getFirst());
                assertThat(arn).contains(Map.of("Ref", apiId()));
                assertThat(arn.getLast()).isEqualTo("/dev/*/@connections/*");
            });
        }
    }

    /** The functions that read the Management API endpoint, i.e. post to connections. */
    private static List<FunctionDefinition> posting() {
        return FocusResources.functions().stream()
                .filter(definition -> definition.settings().contains(Setting.WEBSOCKET_ENDPOINT)).toList();
    }

    /** {@code <scheme><api-id>.execute-api.<region>.<url-suffix>/dev}, as joined parts. */
    private List<Object> stageUrl(String scheme) {
        return List.of(scheme, Map.of("Ref", apiId()), ".execute-api.", Map.of("Ref", "AWS::Region"), ".",
                Map.of("Ref", "AWS::URLSuffix"), "/dev");
    }

    private String apiId() {
        return focus.resourceWith("Api", "AWS::ApiGatewayV2::Api", "Name", "focus-dev-websocket").getKey();
    }

    private String realtimeAliasId() {
        return focus.aliasOf(focus.function(DEFINITION.function()).getKey()).logicalId();
    }

    /** The route of this API with this key. */
    private Map<String, Object> route(String routeKey) {
        var route = focus.resourceWith("Api", "AWS::ApiGatewayV2::Route", "RouteKey", routeKey).getValue();
        assertThat(SynthesizedFocus.properties(route).get("ApiId")).as(routeKey).isEqualTo(Map.of("Ref", apiId()));
        return route;
    }

    private String routeId(String routeKey) {
        return focus.resourceWith("Api", "AWS::ApiGatewayV2::Route", "RouteKey", routeKey).getKey();
    }

    private List<Map<String, Object>> ofThisApi(String type) {
        return focus.resources("Api", type).values().stream()
                .filter(resource -> Map.of("Ref", apiId()).equals(SynthesizedFocus.properties(resource).get("ApiId")))
                .toList();
    }
}
