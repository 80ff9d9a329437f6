package dev.focus.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.host.FreshJvm;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built deployment jar, alone on a fresh JVM's classpath, answers a registration against LocalCloud. */
@WithLocalCloud
class IdentitySmokeIT {

    private static final Path JAR = Path.of(System.getProperty("focus.lambda.jar", FocusResources.IDENTITY.jar().toString()));

    @Test
    @DisplayName("the shaded identity jar starts outside the test classpath and registers a user")
    void deployment_jar_registers_a_user(LocalCloud cloud) throws Exception {
        Map<String, String> properties = settings(cloud, "identity_smoke");

        ApiGatewayHttpResponse response = register(properties, "smoke");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(new ObjectMapper().readTree(response.bodyText()).get("username").asText()).isEqualTo("smoke");
        assertThat(cloud.ses().emails()).anyMatch(email -> email.to().contains("smoke@example.com"));
    }

    @Test
    @DisplayName("as deployed on AWS: the jar's deploy-step handler migrates, then the API handler serves with migrations off")
    void deploy_step_migrates_for_a_handler_that_does_not(LocalCloud cloud) throws Exception {
        Map<String, String> properties = settings(cloud, "identity_deploy");
        properties.put(Setting.MIGRATE_ON_START.property(), "false");

        FreshJvm.Result migrated = FreshJvm.run(FreshJvm.currentJava(), JAR, FocusResources.MIGRATION_HANDLER, "{}",
                properties, List.of("-XX:TieredStopAtLevel=1"), 1);

        assertThat(new ObjectMapper().readTree(migrated.responseJson()).get("schema_version").asText())
                .as(migrated.stderr()).isNotEqualTo("none");
        assertThat(register(properties, "deployed").statusCode()).isEqualTo(201);
    }

    private static Map<String, String> settings(LocalCloud cloud, String database) {
        Map<String, String> properties = new HashMap<>(cloud.settings());
        properties.put(Setting.DATASOURCE_URL.property(), cloud.newDatabase(database));
        properties.put(Setting.JWT_SECRET.property(), IdentityApi.SECRET);
        properties.put(Setting.EMAIL_FROM.property(), "no-reply@focus.test");
        properties.put(Setting.WEB_BASE_URL.property(), "https://app.focus.test");
        return properties;
    }

    private static ApiGatewayHttpResponse register(Map<String, String> properties, String username) {
        String body = "{\"email\":\"" + username + "@example.com\",\"username\":\"" + username
                + "\",\"password\":\"" + IdentityApi.PASSWORD + "\"}";
        String event = ApiGatewayHttpEvents.event(new HttpRequestData("POST", "/api/v1/auth/register", "",
                        List.of(Map.entry("content-type", "application/json")), body.getBytes(StandardCharsets.UTF_8), "192.0.2.1"),
                "ANY /api/v1/auth/{proxy+}", Map.of("proxy", "register"));
        FreshJvm.Result result = FreshJvm.run(FreshJvm.currentJava(), JAR, FocusResources.IDENTITY.handler(), event,
                properties, List.of("-XX:TieredStopAtLevel=1"), 1);
        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse(result.responseJson());
        if (response.statusCode() != 201) {
            throw new AssertionError("register answered " + response.statusCode() + ": " + response.bodyText() + "\n" + result.stderr());
        }
        return response;
    }
}
