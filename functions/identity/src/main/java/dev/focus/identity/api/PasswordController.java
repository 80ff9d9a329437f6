package dev.focus.identity.api;

import dev.focus.identity.application.PasswordRecovery;
import dev.focus.identity.application.PasswordResult;
import dev.focus.kernel.api.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "auth")
class PasswordController {

    private final PasswordRecovery recovery;

    PasswordController(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    @Post("/forgot-password")
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "Email a single-use reset link valid for one hour (202 whether or not the address exists)")
    @ApiResponse(responseCode = "202", description = "Accepted")
    Responses.Accepted forgot(@Valid @Body Requests.EmailOnly body, HttpRequest<?> request) {
        recovery.forgot(body.email(), ClientAddress.of(request));
        return new Responses.Accepted("If this address has an account, a reset link is on its way.");
    }

    @Post("/reset-password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with the token from the reset link; ends every session")
    @ApiResponse(responseCode = "204", description = "Password changed, all refresh tokens revoked")
    @ApiResponse(responseCode = "400", description = "INVALID_TOKEN (unknown, used or expired) or VALIDATION_FAILED")
    void reset(@Valid @Body Requests.ResetPassword body, HttpRequest<?> request) {
        switch (recovery.reset(body.token(), body.newPassword(), ClientAddress.of(request))) {
            case PasswordResult.Changed changed -> {
            }
            case PasswordResult.InvalidToken invalid -> throw Problems.badRequest("INVALID_TOKEN", "This reset link is invalid, used or expired.");
            case PasswordResult.Rejected rejected -> throw ProblemMapping.invalid(rejected.problems());
            case PasswordResult.WrongPassword wrong -> throw new IllegalStateException("a reset never checks the old password");
            case PasswordResult.Throttled throttled -> throw new IllegalStateException("a reset is never throttled");
        }
    }
}
