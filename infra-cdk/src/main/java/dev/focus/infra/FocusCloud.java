package dev.focus.infra;

import software.constructs.Construct;

/**
 * One stage of Focus on AWS: the five stacks, wired in dependency order. Stack names are
 * {@code Focus-<stage>-Data}, {@code -Async}, {@code -Email}, {@code -Api}, {@code -Observability}.
 */
public record FocusCloud(DataStack data, AsyncStack async, EmailStack email, ApiStack api,
                         ObservabilityStack observability) {

    public static Builder builder(Construct scope) {
        return new Builder(scope);
    }

    public static String stackName(StageConfig config, String part) {
        return "Focus-" + config.stage() + "-" + part;
    }

    /** Builds a {@link FocusCloud}; every value is required. */
    public static final class Builder {
        private final Construct scope;
        private StageConfig config;
        private Blueprint blueprint;
        private RepositoryJars jars;

        private Builder(Construct scope) {
            this.scope = scope;
        }

        public Builder config(StageConfig config) {
            this.config = config;
            return this;
        }

        public Builder blueprint(Blueprint blueprint) {
            this.blueprint = blueprint;
            return this;
        }

        /** Where the functions' deployment jars are: the repository root in the real app, dummies in tests. */
        public Builder jars(RepositoryJars jars) {
            this.jars = jars;
            return this;
        }

        public FocusCloud build() {
            Required.present(scope, "FocusCloud", "a scope");
            Required.present(config, "FocusCloud", "a stage config");
            Required.present(blueprint, "FocusCloud", "a blueprint");
            Required.present(jars, "FocusCloud", "the repository jars");
            DataStack data = DataStack.builder(scope, stackName(config, "Data")).config(config)
                    .table(blueprint.table()).functions(blueprint.functions()).queues(blueprint.queues()).build();
            AsyncStack async = AsyncStack.builder(scope, stackName(config, "Async")).config(config)
                    .queues(blueprint.queues()).build();
            EmailStack email = EmailStack.builder(scope, stackName(config, "Email")).config(config).build();
            ApiStack api = ApiStack.builder(scope, stackName(config, "Api")).config(config).blueprint(blueprint)
                    .jars(jars).data(data).async(async).email(email).build();
            ObservabilityStack observability = ObservabilityStack.builder(scope, stackName(config, "Observability"))
                    .config(config).api(api).async(async).build();
            return new FocusCloud(data, async, email, api, observability);
        }
    }
}
