package dev.focus.infra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.HttpRoute;
import dev.focus.resources.Setting;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.triggers.Trigger;
import software.constructs.Construct;

/**
 * The functions and what invokes them: one {@link FocusFunction} per {@code FocusResources.functions()} entry,
 * the HTTP API with one Lambda integration per function that has routes and one route per {@link HttpRoute},
 * the {@link FocusWebSocket} API on its handler, and the SQS event sources of queue consumers. Each function's
 * environment and IAM grants follow from its settings.
 */
public final class ApiStack extends Stack {

    /**
     * How many Management API posts one broadcast runs at once on AWS: enough to reach a room's sockets in a few
     * round trips rather than one after another, few enough that one broadcast does not take every connection
     * of the function's HTTP client.
     */
    static final String BROADCAST_CONCURRENCY = "16";

    /** How long a room nobody is in stays open on AWS before it closes by itself. */
    static final String EMPTY_ROOM_GRACE = "10m";

    private final List<FocusFunction> functions = new ArrayList<>();
    private final HttpApi httpApi;
    private final HttpStage httpStage;
    private final FocusWebSocket webSocket;
    private final Secret jwtSecret;

    private ApiStack(Construct scope, String id, Builder builder) {
        super(scope, id, StackProps.builder()
                .description("Focus " + builder.config.stage()
                        + ": Lambda functions, HTTP and WebSocket APIs, SQS event sources").build());
        StageConfig config = builder.config;
        this.jwtSecret = Secret.Builder.create(this, "JwtSecret")
                .description("HMAC key that signs Focus access tokens (" + config.stage() + ")")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                .removalPolicy(config.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        this.webSocket = new FocusWebSocket(this, "WebSocket", config, builder.blueprint.webSocketApi());
        SettingValues settings = settingValues(builder);
        this.httpApi = HttpApi.Builder.create(this, "HttpApi")
                .apiName(Names.physical(config, "api"))
                .createDefaultStage(false)
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(List.of(config.webBaseUrl()))
                        .allowMethods(List.of(CorsHttpMethod.ANY))
                        .allowHeaders(List.of("authorization", "content-type", "idempotency-key"))
                        .allowCredentials(true)
                        .maxAge(Duration.hours(1))
                        .build())
                .build();
        this.httpStage = httpApi.addStage("DefaultStage", HttpStageOptions.builder()
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(config.apiRateLimit()).burstLimit(config.apiBurstLimit()).build())
                .build());
        for (FunctionDefinition definition : builder.blueprint.functions()) {
            FocusFunction function = function(builder, definition, settings);
            grant(builder, function);
            route(function);
            functions.add(function);
        }
        webSocket.routeTo(function(webSocket.definition().function()));
        consumeQueues(builder);
        CfnOutput.Builder.create(this, "ApiUrl").description("Base URL of the Focus HTTP API")
                .value(httpApi.getApiEndpoint()).build();
        CfnOutput.Builder.create(this, "WebSocketUrl").description("URL clients open the Focus WebSocket on")
                .value(webSocket.stage().getUrl()).build();
    }

    public static Builder builder(Construct scope, String id) {
        return new Builder(scope, id);
    }

    public List<FocusFunction> functions() {
        return List.copyOf(functions);
    }

    public HttpApi httpApi() {
        return httpApi;
    }

    public HttpStage httpStage() {
        return httpStage;
    }

    public FocusWebSocket webSocket() {
        return webSocket;
    }

    public Secret jwtSecret() {
        return jwtSecret;
    }

    /**
     * Secrets reach the functions as environment variables holding CloudFormation dynamic references: resolved
     * at deploy time, stored encrypted in the function configuration, readable by whoever may read that
     * configuration, and picked up only by a new deployment after a rotation. The trade-off buys functions
     * that read plain settings, no Secrets Manager call during SnapStart restore, and no Secrets Manager VPC
     * endpoint. See infra-cdk/README.md.
     */
    private SettingValues settingValues(Builder builder) {
        StageConfig config = builder.config;
        var values = new HashMap<Setting, String>();
        values.put(Setting.REGION, Aws.REGION);
        values.put(Setting.TABLE_NAME, builder.data.table().getTableName());
        values.put(Setting.EMAIL_FROM, config.emailFrom());
        values.put(Setting.WEB_BASE_URL, config.webBaseUrl());
        values.put(Setting.JWT_SECRET, jwtSecret.getSecretValue().unsafeUnwrap());
        values.put(Setting.DATASOURCE_URL, builder.data.jdbcUrl());
        values.put(Setting.DATASOURCE_USERNAME, builder.data.databaseSecret().secretValueFromJson("username").unsafeUnwrap());
        values.put(Setting.DATASOURCE_PASSWORD, builder.data.databaseSecret().secretValueFromJson("password").unsafeUnwrap());
        values.put(Setting.GOOGLE_JWKS_URL, StageConfig.GOOGLE_JWKS_URL);
        values.put(Setting.GOOGLE_CLIENT_ID, config.googleClientId());
        values.put(Setting.ADMIN_EMAILS, config.adminEmails());
        values.put(Setting.MIGRATE_ON_START, "false");
        values.put(Setting.WEBSOCKET_ENDPOINT, webSocket.stage().getCallbackUrl());
        values.put(Setting.BROADCAST_CONCURRENCY, BROADCAST_CONCURRENCY);
        values.put(Setting.EMPTY_ROOM_GRACE, EMPTY_ROOM_GRACE);
        for (FocusQueue queue : builder.async.queues()) {
            values.put(queue.definition().urlSetting(), queue.queue().getQueueUrl());
        }
        return new SettingValues(values);
    }

    private FocusFunction function(Builder builder, FunctionDefinition definition, SettingValues settings) {
        var function = FocusFunction.builder(this, Names.pascal(definition.name()))
                .config(builder.config)
                .definition(definition)
                .code(builder.jars.codeOf(definition))
                .environment(settings.environmentOf(definition));
        if (FunctionNeeds.database(definition)) {
            DataStack data = builder.data;
            function.inVpc(data.vpc(), data.functionSubnets(), List.of(data.databaseClients()));
        }
        FocusFunction built = function.build();
        if (FunctionNeeds.database(definition)) {
            migrateBeforePublishing(builder, built, settings);
        }
        return built;
    }

    /**
     * The request handlers skip Flyway (it would cost every cold start hundreds of milliseconds); instead the
     * same jar runs {@code MigrateOnDeploy} once per new jar, before the new version is published and
     * snapshotted, so no request ever meets a schema older than its code.
     */
    private void migrateBeforePublishing(Builder builder, FocusFunction function, SettingValues settings) {
        FunctionDefinition definition = function.definition();
        DataStack data = builder.data;
        var environment = new java.util.LinkedHashMap<>(settings.environmentOf(definition));
        environment.put(Setting.MIGRATE_ON_START.environmentVariable(), "true");
        Function migrate = Function.Builder.create(this, Names.pascal(definition.name()) + "Migrate")
                .functionName(Names.physical(builder.config, definition.name() + "-migrate"))
                .description("Runs the Flyway migrations of " + definition.name() + " once per deployment")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(FocusResources.MIGRATION_HANDLER)
                .code(builder.jars.codeOf(definition))
                .memorySize(definition.memoryMb())
                .timeout(Duration.minutes(5))
                .environment(environment)
                .vpc(data.vpc()).vpcSubnets(data.functionSubnets()).securityGroups(List.of(data.databaseClients()))
                .build();
        Trigger.Builder.create(this, Names.pascal(definition.name()) + "Migration")
                .handler(migrate)
                .timeout(Duration.minutes(5))
                .executeBefore(List.of(function.alias()))
                .build();
    }

    /**
     * Item reads and writes (transactions need no actions of their own). Unlike {@code grantReadWriteData}:
     * no {@code Scan}, because every access pattern is a GetItem or a Query (docs/data-model.md), and no
     * stream reads, because the table has no stream.
     */
    static final List<String> TABLE_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
            "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem");

    /** Least privilege: a function may use a resource only if it declares the setting that names it. */
    private void grant(Builder builder, FocusFunction function) {
        FunctionDefinition definition = function.definition();
        if (FunctionNeeds.table(definition)) {
            // On the table and its indexes, nothing more.
            builder.data.table().grant(function.function(), TABLE_ACTIONS.toArray(String[]::new));
        }
        if (FunctionNeeds.email(definition)) {
            builder.email.grantSendEmail(function.function());
        }
        for (var queue : FunctionNeeds.queuesSentTo(definition, builder.blueprint.queues())) {
            builder.async.queue(queue.name()).queue().grantSendMessages(function.function());
        }
        if (FunctionNeeds.webSocketConnections(definition)) {
            webSocket.grantManageConnections(function.function());
        }
    }

    /** A function without HTTP routes gets no HTTP integration, so the HTTP API cannot invoke it. */
    private void route(FocusFunction function) {
        if (function.definition().routes().isEmpty()) {
            return;
        }
        var integration = new HttpLambdaIntegration(Names.pascal(function.definition().name()) + "Integration",
                function.alias());
        for (HttpRoute route : function.definition().routes()) {
            httpApi.addRoutes(AddRoutesOptions.builder()
                    .path(route.path())
                    .methods(List.of(HttpMethod.valueOf(route.method())))
                    .integration(integration)
                    .build());
        }
    }

    /**
     * Consumers read their queue through the alias, so messages are handled by the snapshotted version. No
     * batching window: Lambda invokes as soon as a message is visible, because a delayed phase-end wake-up
     * must fire within about a second of the phase end (hence batch sizes of at most 10, see {@link Blueprint});
     * FIFO queues allow none anyway.
     */
    private void consumeQueues(Builder builder) {
        for (FocusQueue queue : builder.async.queues()) {
            queue.definition().consumer().ifPresent(consumer -> {
                FocusFunction function = function(consumer);
                function.alias().addEventSource(new SqsEventSource(queue.queue(), SqsEventSourceProps.builder()
                        .batchSize(queue.definition().batchSize())
                        .reportBatchItemFailures(true)
                        .build()));
            });
        }
    }

    /** The built function of this name; the {@link Blueprint} has checked that every name it refers to exists. */
    private FocusFunction function(String name) {
        return functions.stream().filter(candidate -> candidate.definition().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no function named " + name));
    }

    /** Builds an {@link ApiStack}; every value is required. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private StageConfig config;
        private Blueprint blueprint;
        private RepositoryJars jars;
        private DataStack data;
        private AsyncStack async;
        private EmailStack email;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        public Builder config(StageConfig config) {
            this.config = config;
            return this;
        }

        public Builder blueprint(Blueprint blueprint) {
            this.blueprint = blueprint;
            return this;
        }

        public Builder jars(RepositoryJars jars) {
            this.jars = jars;
            return this;
        }

        public Builder data(DataStack data) {
            this.data = data;
            return this;
        }

        public Builder async(AsyncStack async) {
            this.async = async;
            return this;
        }

        public Builder email(EmailStack email) {
            this.email = email;
            return this;
        }

        public ApiStack build() {
            Required.present(scope, "ApiStack", "a scope");
            Required.present(id, "ApiStack", "an id");
            Required.present(config, "ApiStack", "a stage config");
            Required.present(blueprint, "ApiStack", "a blueprint");
            Required.present(jars, "ApiStack", "the repository jars");
            Required.present(data, "ApiStack", "the data stack");
            Required.present(async, "ApiStack", "the async stack");
            Required.present(email, "ApiStack", "the email stack");
            return new ApiStack(scope, id, this);
        }
    }
}
