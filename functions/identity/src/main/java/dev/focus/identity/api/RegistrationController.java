package dev.focus.identity.api;

import dev.focus.identity.application.RegisterResult;
import dev.focus.identity.application.Registration;
import dev.focus.identity.application.VerifyResult;
import dev.focus.kernel.api.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "auth")
class RegistrationController {

    private final Registration registration;

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    @Post("/register")
    @Operation(summary = "Create an account and email a verification link")
    @ApiResponse(responseCode = "201", description = "The new user",
            content = @Content(schema = @Schema(implementation = Responses.UserView.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: bad email, username (3-32 of letters, digits, _ and .) or password (10+ characters)")
    @ApiResponse(responseCode = "409", description = "EMAIL_TAKEN or USERNAME_TAKEN")
    HttpResponse<Responses.UserView> register(@Valid @Body Requests.Register body, HttpRequest<?> request) {
        return switch (registration.register(body.email(), body.username(), body.password(), ClientAddress.of(request))) {
            case RegisterResult.Registered registered -> HttpResponse.created(Responses.UserView.of(registered.user()));
            case RegisterResult.EmailTaken taken -> throw Problems.conflict("EMAIL_TAKEN", "An account with this email exists.");
            case RegisterResult.UsernameTaken taken -> throw ProblemMapping.usernameTaken();
            case RegisterResult.Rejected rejected -> throw ProblemMapping.invalid(rejected.problems());
        };
    }

    @Post("/verify-email")
    @Operation(summary = "Prove an email address with the token from the verification link")
    @ApiResponse(responseCode = "200", description = "The verified user")
    @ApiResponse(responseCode = "400", description = "INVALID_TOKEN: unknown, used or expired (24 h) token")
    Responses.UserView verifyEmail(@Valid @Body Requests.TokenOnly body, HttpRequest<?> request) {
        return switch (registration.verifyEmail(body.token(), ClientAddress.of(request))) {
            case VerifyResult.Verified verified -> Responses.UserView.of(verified.user());
            case VerifyResult.InvalidToken invalid -> throw Problems.badRequest("INVALID_TOKEN", "This verification link is invalid or has expired.");
        };
    }

    @Post("/resend-verification")
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "Email a new verification link to an unverified account (202 whether or not it exists)")
    @ApiResponse(responseCode = "202", description = "Accepted")
    Responses.Accepted resendVerification(@Valid @Body Requests.EmailOnly body) {
        registration.resendVerification(body.email());
        return new Responses.Accepted("If this address has an unverified account, a new link is on its way.");
    }
}
