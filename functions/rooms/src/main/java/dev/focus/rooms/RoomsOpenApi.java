package dev.focus.rooms;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document of the rooms function (generated at build time into META-INF/swagger). */
@OpenAPIDefinition(info = @Info(title = "Focus rooms", version = "1",
        description = "Focus rooms, their participants and the server-owned pomodoro timer. Every route needs an access"
                + " token. Every error is an RFC 9457 application/problem+json document {type, title, status, detail,"
                + " code, errors}; switch on `code`. Timer responses carry server_time so clients can correct their"
                + " clock. The data model is in docs/data-model.md, the conventions in docs/api.md."))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class RoomsOpenApi {

    private RoomsOpenApi() {
    }
}
