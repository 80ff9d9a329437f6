package dev.focus.infra;

import java.util.List;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.ses.ConfigurationSet;
import software.amazon.awscdk.services.ses.DkimRecord;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.ses.SuppressionReasons;
import software.constructs.Construct;

/**
 * The SES domain identity Focus sends from, with DKIM, and its default configuration set. The DKIM CNAME
 * records are stack outputs: add them to the domain's DNS to verify it (no Route 53 zone is assumed).
 */
public final class EmailStack extends Stack {

    private final EmailIdentity identity;
    private final ConfigurationSet configurationSet;

    private EmailStack(Construct scope, String id, Builder builder) {
        super(scope, id, StackProps.builder()
                .description("Focus " + builder.config.stage() + ": SES identity and configuration set").build());
        StageConfig config = builder.config;
        this.configurationSet = ConfigurationSet.Builder.create(this, "ConfigurationSet")
                .configurationSetName(Names.physical(config, "email"))
                .reputationMetrics(true)
                .sendingEnabled(true)
                .suppressionReasons(SuppressionReasons.BOUNCES_AND_COMPLAINTS)
                .build();
        this.identity = EmailIdentity.Builder.create(this, "Domain")
                .identity(Identity.domain(config.emailDomain()))
                .configurationSet(configurationSet)
                .dkimSigning(true)
                .build();
        int n = 1;
        for (DkimRecord record : identity.getDkimRecords()) {
            CfnOutput.Builder.create(this, "DkimRecord" + n++)
                    .description("CNAME to add to " + config.emailDomain() + "'s DNS for DKIM")
                    .value(record.getName() + " CNAME " + record.getValue())
                    .build();
        }
    }

    public static Builder builder(Construct scope, String id) {
        return new Builder(scope, id);
    }

    public EmailIdentity identity() {
        return identity;
    }

    public ConfigurationSet configurationSet() {
        return configurationSet;
    }

    /**
     * ses:SendEmail / ses:SendRawEmail from this identity only. SES also authorizes the configuration set a
     * message goes through, and the identity's default set applies to every message, so the grant covers it.
     */
    public void grantSendEmail(IGrantable grantee) {
        identity.grantSendEmail(grantee);
        Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(List.of("ses:SendEmail", "ses:SendRawEmail"))
                .resourceArns(List.of(formatArn(ArnComponents.builder()
                        .service("ses").resource("configuration-set")
                        .resourceName(configurationSet.getConfigurationSetName()).build())))
                .build());
    }

    /** Builds an {@link EmailStack}; every value is required. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private StageConfig config;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        public Builder config(StageConfig config) {
            this.config = config;
            return this;
        }

        public EmailStack build() {
            Required.present(scope, "EmailStack", "a scope");
            Required.present(id, "EmailStack", "an id");
            Required.present(config, "EmailStack", "a stage config");
            return new EmailStack(scope, id, this);
        }
    }
}
