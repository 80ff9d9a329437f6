package dev.focus.infra;

import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Tags;

/**
 * The CDK app. From {@code infra-cdk/}: {@code npx aws-cdk@2.1148.1 synth -c stage=dev -c emailDomain=...}.
 * The functions' jars must be built first ({@code ./mvnw package}); they are found under the repository
 * root above the working directory, or under {@code -c repoRoot=/path}.
 */
public final class FocusApp {

    private FocusApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        define(app, Blueprint.focus());
        app.synth();
    }

    /** Adds one stage of Focus, configured by the app's context, to {@code app}. */
    public static FocusCloud define(App app, Blueprint blueprint) {
        StageConfig config = StageConfig.fromContext(app.getNode());
        RepositoryJars jars = Optional.ofNullable(app.getNode().tryGetContext("repoRoot"))
                .map(root -> RepositoryJars.at(Path.of(String.valueOf(root))))
                .orElseGet(() -> RepositoryJars.above(Path.of("")));
        FocusCloud cloud = FocusCloud.builder(app).config(config).blueprint(blueprint).jars(jars).build();
        Tags.of(app).add("project", "focus");
        Tags.of(app).add("stage", config.stage());
        return cloud;
    }
}
