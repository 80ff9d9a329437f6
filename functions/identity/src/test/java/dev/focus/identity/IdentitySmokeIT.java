package dev.focus.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.host.FreshJvm;
import dev.focus.resources.FocusResources;
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

    @Test
    @DisplayName("the shaded identity jar starts outside the test classpath and registers a user")
    void deployment_jar_registers_a_user(LocalCloud cloud) throws Exception {
        Path jar = Path.of(System.getProperty("focus.lambda.jar", FocusResources.IDENTITY.jar().toString()));
        Map<String, String> properties = new HashMap<>(cloud.settings());
        properties.put("datasources.default.url", cloud.newDatabase("identity_smoke"));
        properties.put("focus.jwt.secret", IdentityApi.SECRET);
        properties.put("focus.email.from", "no-reply@focus.test");
        properties.put("focus.web.base-url", "https://app.focus.test");
        String body = "{\"email\":\"smoke@example.com\",\"username\":\"smoke_user\",\"password\":\"" + IdentityApi.PASSWORD + "\"}";
        String event = ApiGatewayHttpEvents.event(new HttpRequestData("POST", "/api/v1/auth/register", "",
                        List.of(Map.entry("content-type", "application/json")), body.getBytes(StandardCharsets.UTF_8), "192.0.2.1"),
                "ANY /api/v1/auth/{proxy+}", Map.of("proxy", "register"));

        FreshJvm.Result result = FreshJvm.run(FreshJvm.currentJava(), jar, FocusResources.IDENTITY.handler(), event,
                properties, List.of("-XX:TieredStopAtLevel=1"), 1);

        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse(result.responseJson());
        JsonNode user = new ObjectMapper().readTree(response.bodyText());
        assertThat(response.statusCode()).as(result.stdout() + result.stderr()).isEqualTo(201);
        assertThat(user.get("username").asText()).isEqualTo("smoke_user");
        assertThat(cloud.ses().emails()).anyMatch(email -> email.to().contains("smoke@example.com"));
    }
}
