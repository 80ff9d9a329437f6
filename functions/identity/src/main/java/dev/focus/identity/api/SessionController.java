package dev.focus.identity.api;

import dev.focus.identity.application.AccountConflict;
import dev.focus.identity.application.GoogleResult;
import dev.focus.identity.application.GoogleSignIn;
import dev.focus.identity.application.IdentityProviderUnavailable;
import dev.focus.identity.application.LoginResult;
import dev.focus.identity.application.RefreshResult;
import dev.focus.identity.application.SignIn;
import dev.focus.identity.application.TokenPair;
import dev.focus.identity.application.TrustedDevices;
import dev.focus.kernel.api.FieldError;
import dev.focus.kernel.api.ProblemException;
import dev.focus.kernel.api.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Sign-in (password or Google), token refresh and sign-out. The refresh token is its own credential. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "auth")
class SessionController {

    private final SignIn signIn;
    private final GoogleSignIn google;
    private final TrustedDevices devices;

    SessionController(SignIn signIn, GoogleSignIn google, TrustedDevices devices) {
        this.signIn = signIn;
        this.google = google;
        this.devices = devices;
    }

    @Post("/login")
    @Operation(summary = "Sign in with email or username and password")
    @ApiResponse(responseCode = "200", description = "An access token (15 min), a refresh token (7 days) and a device token,"
            + " also set as the HttpOnly device_token cookie (Path=/api/v1/auth)")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: neither email nor username, or no password")
    @ApiResponse(responseCode = "401", description = "INVALID_CREDENTIALS (same for a wrong password and an unknown account)")
    @ApiResponse(responseCode = "403", description = "ACCOUNT_SUSPENDED")
    @ApiResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS: in 15 minutes, 5 failures per account from untrusted clients,"
            + " 100 per address, or 5 with this device token; see Retry-After")
    HttpResponse<Responses.SignedIn> login(@Valid @Body Requests.Login body, HttpRequest<?> request) {
        String identifier = body.email() != null && !body.email().isBlank() ? body.email() : body.username();
        if (identifier == null || identifier.isBlank()) {
            throw Problems.validation(List.of(new FieldError("email", "email or username is required"),
                    new FieldError("username", "email or username is required")));
        }
        return switch (signIn.login(identifier, body.password(), ClientAddress.of(request),
                DeviceCookie.of(request, body.deviceToken()))) {
            case LoginResult.SignedIn signedIn -> signedIn(signedIn.tokens(), signedIn.deviceToken());
            case LoginResult.InvalidCredentials invalid ->
                    throw Problems.unauthorized("INVALID_CREDENTIALS", "The email, username or password is wrong.");
            case LoginResult.Throttled throttled -> throw Problems.tooManyRequests("TOO_MANY_ATTEMPTS",
                    "Too many failed sign-ins; try again later.", throttled.retryAfterSeconds());
            case LoginResult.Suspended suspended -> throw ProblemMapping.suspended();
        };
    }

    @Post("/refresh")
    @Operation(summary = "Exchange a refresh token for a new pair; the old token stops working")
    @ApiResponse(responseCode = "200", description = "A new access and refresh token")
    @ApiResponse(responseCode = "401", description = "INVALID_REFRESH_TOKEN, REFRESH_TOKEN_EXPIRED, or REFRESH_TOKEN_REUSED (the whole session is then revoked)")
    @ApiResponse(responseCode = "403", description = "ACCOUNT_SUSPENDED")
    Responses.Tokens refresh(@Valid @Body Requests.RefreshToken body, HttpRequest<?> request) {
        return switch (signIn.refresh(body.refreshToken(), ClientAddress.of(request))) {
            case RefreshResult.Refreshed refreshed -> Responses.Tokens.of(refreshed.tokens());
            case RefreshResult.InvalidToken invalid -> throw Problems.unauthorized("INVALID_REFRESH_TOKEN", "This refresh token is not valid.");
            case RefreshResult.Expired expired -> throw Problems.unauthorized("REFRESH_TOKEN_EXPIRED", "This refresh token has expired; sign in again.");
            case RefreshResult.Reused reused -> throw Problems.unauthorized("REFRESH_TOKEN_REUSED",
                    "This refresh token was already used; the session has been ended for safety.");
            case RefreshResult.Suspended suspended -> throw ProblemMapping.suspended();
        };
    }

    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the session a refresh token belongs to")
    @ApiResponse(responseCode = "204", description = "Signed out (also for unknown tokens)")
    void logout(@Valid @Body Requests.RefreshToken body) {
        signIn.logout(body.refreshToken());
    }

    @Post("/logout-all")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearerAuth")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every session of the caller")
    @ApiResponse(responseCode = "204", description = "Every refresh token of the caller is revoked")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED, or TOKEN_EXPIRED: refresh the access token")
    void logoutAll(Authentication authentication, HttpRequest<?> request) {
        signIn.logoutEverywhere(authentication.getName(), ClientAddress.of(request));
    }

    @Post("/oauth/google")
    @Operation(summary = "Sign in with a Google ID token; links by verified email or creates an account")
    @ApiResponse(responseCode = "200", description = "An access token, a refresh token and a device token (also set as the device_token cookie)")
    @ApiResponse(responseCode = "401", description = "INVALID_ID_TOKEN: bad signature, issuer, audience or expiry")
    @ApiResponse(responseCode = "403", description = "EMAIL_NOT_VERIFIED or ACCOUNT_SUSPENDED")
    @ApiResponse(responseCode = "409", description = "SIGN_IN_CONFLICT: a first sign-in with the same Google account raced this one; retry")
    @ApiResponse(responseCode = "503", description = "OAUTH_PROVIDER_UNAVAILABLE: Google's keys could not be fetched")
    HttpResponse<Responses.SignedIn> google(@Valid @Body Requests.GoogleSignIn body, HttpRequest<?> request) {
        GoogleResult result;
        try {
            result = google.signIn(body.idToken(), ClientAddress.of(request), DeviceCookie.of(request, body.deviceToken()));
        } catch (IdentityProviderUnavailable e) {
            throw new ProblemException(503, "OAUTH_PROVIDER_UNAVAILABLE", "Google sign-in is unavailable right now; try again shortly.");
        } catch (AccountConflict e) {
            // two first sign-ins with the same Google account raced; nothing was written, the retry finds the link
            throw Problems.conflict("SIGN_IN_CONFLICT", "This Google account was being linked by another request; try again.");
        }
        return switch (result) {
            case GoogleResult.SignedIn signedIn -> signedIn(signedIn.tokens(), signedIn.deviceToken());
            case GoogleResult.InvalidIdToken invalid -> throw Problems.unauthorized("INVALID_ID_TOKEN", "The Google ID token is not valid.");
            case GoogleResult.EmailNotVerified unverified -> throw Problems.forbidden("EMAIL_NOT_VERIFIED", "Google has not verified this email address.");
            case GoogleResult.Suspended suspended -> throw ProblemMapping.suspended();
        };
    }

    private HttpResponse<Responses.SignedIn> signedIn(TokenPair tokens, String deviceToken) {
        return DeviceCookie.set(Responses.SignedIn.of(tokens, deviceToken), deviceToken, devices.validity());
    }
}
