package dev.focus.infra;

import dev.focus.resources.WebSocketApi;
import software.amazon.awscdk.aws_apigatewayv2_integrations.WebSocketLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.apigatewayv2.WebSocketRouteOptions;
import software.amazon.awscdk.services.apigatewayv2.WebSocketStage;
import software.amazon.awscdk.services.iam.IGrantable;
import software.constructs.Construct;

/**
 * The WebSocket API of a {@link WebSocketApi} definition and its one stage, named after the Focus stage
 * ({@code wss://<api-id>.execute-api.<region>.amazonaws.com/dev}). It is built before the functions, because the
 * functions that post to connections read the stage's callback URL from their environment, and routed once its
 * handler exists. The callback URL names only the API and the routes name the handler's alias, so neither
 * depends on the other.
 */
public final class FocusWebSocket extends Construct {

    private final WebSocketApi definition;
    private final software.amazon.awscdk.services.apigatewayv2.WebSocketApi api;
    private final WebSocketStage stage;

    /** Built by the stack that hosts the handler; both values come from that stack's own required inputs. */
    FocusWebSocket(Construct scope, String id, StageConfig config, WebSocketApi definition) {
        super(scope, id);
        this.definition = definition;
        this.api = software.amazon.awscdk.services.apigatewayv2.WebSocketApi.Builder.create(this, "Api")
                .apiName(Names.physical(config, "websocket"))
                .description("Focus " + config.stage() + " real time: room events and pushes to connected clients")
                .routeSelectionExpression(WebSocketApi.ROUTE_SELECTION_EXPRESSION)
                .build();
        this.stage = WebSocketStage.Builder.create(this, "Stage")
                .webSocketApi(api)
                .stageName(config.stage())
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(config.apiRateLimit()).burstLimit(config.apiBurstLimit()).build())
                .build();
    }

    public WebSocketApi definition() {
        return definition;
    }

    public software.amazon.awscdk.services.apigatewayv2.WebSocketApi api() {
        return api;
    }

    public WebSocketStage stage() {
        return stage;
    }

    /**
     * Every route key of the definition invokes the handler's alias through one Lambda integration. The two-way
     * routes get a route response, so the handler's answer goes back on the caller's connection.
     */
    public void routeTo(FocusFunction handler) {
        if (!handler.definition().name().equals(definition.function())) {
            throw new IllegalArgumentException("the WebSocket API is handled by " + definition.function()
                    + ", not by " + handler.definition().name());
        }
        var integration = new WebSocketLambdaIntegration(Names.pascal(definition.function()) + "WebSocketIntegration",
                handler.alias());
        for (String routeKey : definition.routeKeys()) {
            api.addRoute(routeKey, WebSocketRouteOptions.builder()
                    .integration(integration)
                    .returnResponse(WebSocketApi.returnsResponse(routeKey))
                    .build());
        }
    }

    /** Lets {@code grantee} post to, read and close this stage's connections (the Management API), nothing more. */
    public void grantManageConnections(IGrantable grantee) {
        stage.grantManagementApiAccess(grantee);
    }
}
