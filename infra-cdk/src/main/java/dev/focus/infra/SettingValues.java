package dev.focus.infra;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.Setting;

/**
 * The value of every setting on AWS, and from them each function's environment. A function that declares a
 * setting the CDK app has no value for fails synth: a new setting in {@code FocusResources} must be given its
 * AWS value here before it can be deployed.
 */
final class SettingValues {

    /** Endpoint overrides that point the SDK clients at local emulators; on AWS the SDK's defaults are right. */
    static final Set<Setting> LOCAL_ONLY = Set.of(Setting.DYNAMODB_ENDPOINT,
            Setting.SQS_ENDPOINT, Setting.SES_ENDPOINT);

    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    private final Map<Setting, String> values;

    SettingValues(Map<Setting, String> values) {
        for (Setting local : LOCAL_ONLY) {
            if (values.containsKey(local)) {
                throw new IllegalArgumentException(local.property() + " is a local override and has no AWS value");
            }
        }
        this.values = Map.copyOf(values);
    }

    /** The function's environment: one variable per declared setting (minus local-only ones), plus JVM options. */
    Map<String, String> environmentOf(FunctionDefinition function) {
        var environment = new LinkedHashMap<String, String>();
        function.settings().stream()
                .filter(setting -> !LOCAL_ONLY.contains(setting))
                .sorted(Comparator.comparing(Setting::environmentVariable))
                .forEach(setting -> environment.put(setting.environmentVariable(), valueOf(function, setting)));
        environment.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        return environment;
    }

    private String valueOf(FunctionDefinition function, Setting setting) {
        String value = values.get(setting);
        if (value == null) {
            throw new IllegalStateException("function " + function.name() + " reads setting " + setting.property()
                    + " (" + setting.environmentVariable() + "), which has no value on AWS: give it one where the"
                    + " ApiStack builds its SettingValues, or mark it local-only in SettingValues.LOCAL_ONLY");
        }
        return value;
    }
}
