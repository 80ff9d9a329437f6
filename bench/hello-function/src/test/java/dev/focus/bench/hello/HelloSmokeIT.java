package dev.focus.bench.hello;

import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.lambda.host.DeploymentJar;
import dev.focus.lambda.host.FreshJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The built deployment jar, started in a fresh JVM as Lambda would start it, answers its route. */
class HelloSmokeIT {

    static final String HANDLER = "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction";

    @Test
    @DisplayName("the deployment jar answers GET /hello in a fresh JVM")
    void answersHello() {
        var result = FreshJvm.run(DeploymentJar.underTest(), HANDLER, ApiGatewayHttpEvents.get("/hello"));

        var response = ApiGatewayHttpEvents.parse(result.responseJson());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("content-type")).startsWith("application/json");
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"hello\"}");
    }

    @Test
    @DisplayName("an unknown route is a problem+json 404, not a crash")
    void unknownRoute() {
        var result = FreshJvm.run(DeploymentJar.underTest(), HANDLER, ApiGatewayHttpEvents.get("/nowhere"));

        var response = ApiGatewayHttpEvents.parse(result.responseJson());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
    }
}
