package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.HttpRoute;

/** The HTTP API: exactly the routes of FocusResources, each on its function's live alias; CORS; throttling. */
class HttpApiTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    void everyRouteTargetsTheLiveAliasOfItsFunction() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            String functionId = focus.resourceWith("Api", "AWS::Lambda::Function", "FunctionName",
                    "focus-dev-" + definition.name()).getKey();
            String aliasId = focus.aliasOf(functionId).logicalId();
            for (HttpRoute route : definition.routes()) {
                var found = focus.resourceWith("Api", "AWS::ApiGatewayV2::Route", "RouteKey", route.routeKey());
                var integration = focus.integrationOf(found.getValue());
                assertThat(integration.property("IntegrationType")).isEqualTo("AWS_PROXY");
                assertThat(integration.property("PayloadFormatVersion")).isEqualTo("2.0");
                assertThat(integration.property("IntegrationUri")).as(route.routeKey())
                        .isEqualTo(Map.of("Ref", aliasId));
            }
        }
    }

    @Test
    void theApiHasNoRouteBeyondTheDefinitionsAndOneIntegrationPerFunctionWithRoutes() {
        long routes = FocusResources.functions().stream().mapToLong(f -> f.routes().size()).sum();
        long routed = FocusResources.functions().stream().filter(f -> !f.routes().isEmpty()).count();
        assertThat(ofHttpApi("AWS::ApiGatewayV2::Route")).hasSize((int) routes);
        assertThat(ofHttpApi("AWS::ApiGatewayV2::Integration")).hasSize((int) routed);
        assertThat(FocusResources.IDENTITY.routes().stream().map(HttpRoute::routeKey))
                .contains("ANY /api/v1/auth/{proxy+}");
    }

    @Test
    @DisplayName("a function without routes that does not handle the WebSocket API has no integration, so API Gateway may not invoke it")
    void aFunctionWithoutRoutesIsNotReachableFromTheApi() {
        var routeless = FocusResources.functions().stream().filter(f -> f.routes().isEmpty())
                .filter(f -> !f.name().equals(FocusResources.WEBSOCKET_API.function())).toList();
        assertThat(routeless).contains(FocusResources.ROOMS_WORKER, FocusResources.REALTIME_WORKER);
        for (FunctionDefinition definition : routeless) {
            String aliasId = focus.aliasOf(focus.function(definition.name()).getKey()).logicalId();
            assertThat(ofHttpApi("AWS::ApiGatewayV2::Integration"))
                    .noneMatch(integration -> targets(integration, "IntegrationUri", aliasId));
            assertThat(focus.resources("Api", "AWS::Lambda::Permission").values())
                    .noneMatch(permission -> targets(permission, "FunctionName", aliasId));
        }
    }

    @Test
    void apiGatewayMayInvokeOnlyTheAliases() {
        var permissions = focus.resources("Api", "AWS::Lambda::Permission").values();
        assertThat(permissions).isNotEmpty().allSatisfy(permission -> {
            var properties = SynthesizedFocus.properties(permission);
            assertThat(properties.get("Principal")).isEqualTo("apigateway.amazonaws.com");
            assertThat(focus.follow("Api", properties.get("FunctionName")).type()).isEqualTo("AWS::Lambda::Alias");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void corsPreflightAllowsTheWebApp() {
        var api = focus.resourceWith("Api", "AWS::ApiGatewayV2::Api", "Name", "focus-dev-api");
        var cors = (Map<String, Object>) SynthesizedFocus.properties(api.getValue()).get("CorsConfiguration");
        assertThat(cors.get("AllowOrigins")).isEqualTo(List.of("https://focus.example.com"));
        assertThat(cors.get("AllowCredentials")).isEqualTo(true);
        assertThat((List<Object>) cors.get("AllowHeaders")).contains("authorization", "content-type");
    }

    @Test
    void theDefaultStageThrottlesAndDeploysItself() {
        var stage = focus.resourceWith("Api", "AWS::ApiGatewayV2::Stage", "StageName", "$default");
        var properties = SynthesizedFocus.properties(stage.getValue());
        assertThat(properties.get("AutoDeploy")).isEqualTo(true);
        assertThat(properties.get("DefaultRouteSettings"))
                .isEqualTo(Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100));
    }

    /** The resources of this type that belong to the HTTP API (the api stack also holds the WebSocket API). */
    private List<Map<String, Object>> ofHttpApi(String type) {
        String apiId = focus.resourceWith("Api", "AWS::ApiGatewayV2::Api", "Name", "focus-dev-api").getKey();
        return focus.resources("Api", type).values().stream()
                .filter(resource -> Map.of("Ref", apiId).equals(SynthesizedFocus.properties(resource).get("ApiId")))
                .toList();
    }

    private boolean targets(Map<String, Object> resource, String property, String logicalId) {
        return focus.follow("Api", SynthesizedFocus.properties(resource).get(property)).logicalId().equals(logicalId);
    }
}
