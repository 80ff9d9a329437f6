package dev.focus.identity;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document of the identity function (generated at build time into META-INF/swagger). */
@OpenAPIDefinition(info = @Info(title = "Focus identity", version = "1",
        description = "Accounts, sign-in, tokens, profiles and administration. Every error is an RFC 9457"
                + " application/problem+json document {type, title, status, detail, code, errors: [{field, message}]};"
                + " switch on `code` (each error response below names its codes). Access tokens expire after 15 minutes"
                + " (401 TOKEN_EXPIRED): refresh them with POST /api/v1/auth/refresh. The conventions and every code are"
                + " in docs/api.md."))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class IdentityOpenApi {

    private IdentityOpenApi() {
    }
}
