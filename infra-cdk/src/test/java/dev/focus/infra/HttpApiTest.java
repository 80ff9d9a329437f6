package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
            String aliasId = FunctionsTest.aliasOf(focus, functionId).logicalId();
            for (HttpRoute route : definition.routes()) {
                var found = focus.resourceWith("Api", "AWS::ApiGatewayV2::Route", "RouteKey", route.routeKey());
                var integration = integrationOf(SynthesizedFocus.properties(found.getValue()).get("Target"));
                assertThat(integration.property("IntegrationType")).isEqualTo("AWS_PROXY");
                assertThat(integration.property("PayloadFormatVersion")).isEqualTo("2.0");
                assertThat(integration.property("IntegrationUri")).as(route.routeKey())
                        .isEqualTo(Map.of("Ref", aliasId));
            }
        }
    }

    @Test
    void theApiHasNoRouteBeyondTheDefinitionsAndOneIntegrationPerFunction() {
        long routes = FocusResources.functions().stream().mapToLong(f -> f.routes().size()).sum();
        assertThat(focus.resources("Api", "AWS::ApiGatewayV2::Route")).hasSize((int) routes);
        assertThat(focus.resources("Api", "AWS::ApiGatewayV2::Integration")).hasSameSizeAs(FocusResources.functions());
        assertThat(FocusResources.IDENTITY.routes().stream().map(HttpRoute::routeKey))
                .contains("ANY /api/v1/auth/{proxy+}");
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

    @SuppressWarnings("unchecked")
    private SynthesizedFocus.Reference integrationOf(Object target) {
        var join = (List<Object>) ((Map<String, Object>) target).get("Fn::Join");
        var parts = (List<Object>) join.get(1);
        assertThat(parts.getFirst()).isEqualTo("integrations/");
        var integration = focus.follow("Api", parts.get(1));
        assertThat(integration.type()).isEqualTo("AWS::ApiGatewayV2::Integration");
        return integration;
    }
}
