package dev.focus.identity;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document of the identity function (generated at build time into META-INF/swagger). */
@OpenAPIDefinition(info = @Info(title = "Focus identity", version = "1",
        description = "Accounts, sign-in, tokens, profiles and administration. Errors are application/problem+json with a stable code."))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class IdentityOpenApi {

    private IdentityOpenApi() {
    }
}
