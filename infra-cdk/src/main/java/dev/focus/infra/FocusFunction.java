package dev.focus.infra;

import java.util.List;
import java.util.Map;

import dev.focus.resources.FunctionDefinition;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One Focus function: Java 21 on arm64 with SnapStart on published versions, its own log group, and the
 * alias {@value #ALIAS} on the current version. Callers (the HTTP API, event sources) invoke the alias, so
 * they always get a snapshotted version, never {@code $LATEST}.
 */
public final class FocusFunction extends Construct {

    public static final String ALIAS = "live";

    private final FunctionDefinition definition;
    private final Function function;
    private final Alias alias;

    private FocusFunction(Construct scope, String id, Builder builder) {
        super(scope, id);
        this.definition = builder.definition;
        StageConfig config = builder.config;
        String name = Names.physical(config, definition.name());
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + name)
                .retention(config.production() ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS)
                .removalPolicy(config.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        var function = Function.Builder.create(this, "Function")
                .functionName(name)
                .description("Focus " + definition.name() + " (" + definition.module() + ")")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(definition.handler())
                .code(builder.code)
                .memorySize(definition.memoryMb())
                .timeout(Duration.seconds(definition.timeoutSeconds()))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .environment(builder.environment)
                .logGroup(logs)
                .loggingFormat(LoggingFormat.JSON);
        if (builder.vpc != null) {
            function.vpc(builder.vpc).vpcSubnets(builder.subnets).securityGroups(builder.securityGroups);
        }
        this.function = function.build();
        // The warning asks for a published version; the alias below publishes and serves one.
        Annotations.of(this.function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "invoked only through the alias " + ALIAS + " on the current published version");
        this.alias = Alias.Builder.create(this, "Live")
                .aliasName(ALIAS)
                .version(this.function.getCurrentVersion())
                .build();
    }

    public static Builder builder(Construct scope, String id) {
        return new Builder(scope, id);
    }

    public FunctionDefinition definition() {
        return definition;
    }

    public Function function() {
        return function;
    }

    public Alias alias() {
        return alias;
    }

    /** Builds a {@link FocusFunction}; the VPC placement is optional, everything else is required. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private StageConfig config;
        private FunctionDefinition definition;
        private Code code;
        private Map<String, String> environment;
        private IVpc vpc;
        private SubnetSelection subnets;
        private List<ISecurityGroup> securityGroups;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        public Builder config(StageConfig config) {
            this.config = config;
            return this;
        }

        public Builder definition(FunctionDefinition definition) {
            this.definition = definition;
            return this;
        }

        public Builder code(Code code) {
            this.code = code;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /** Runs the function in these subnets of the VPC with these security groups. */
        public Builder inVpc(IVpc vpc, SubnetSelection subnets, List<ISecurityGroup> securityGroups) {
            this.vpc = Required.present(vpc, "FocusFunction", "a VPC");
            this.subnets = Required.present(subnets, "FocusFunction", "the VPC's subnets");
            this.securityGroups = Required.present(securityGroups, "FocusFunction", "security groups");
            return this;
        }

        public FocusFunction build() {
            Required.present(scope, "FocusFunction", "a scope");
            Required.present(id, "FocusFunction", "an id");
            Required.present(config, "FocusFunction", "a stage config");
            Required.present(definition, "FocusFunction", "a function definition");
            Required.present(code, "FocusFunction", "code");
            Required.present(environment, "FocusFunction", "an environment");
            return new FocusFunction(scope, id, this);
        }
    }
}
