package dev.focus.identity.api;

import dev.focus.identity.application.AdminChangeResult;
import dev.focus.identity.application.Administration;
import dev.focus.identity.model.AccountStatus;
import dev.focus.identity.model.AuditEntry;
import dev.focus.identity.model.Role;
import dev.focus.identity.model.User;
import dev.focus.kernel.api.Problems;
import dev.focus.kernel.page.Cursor;
import dev.focus.kernel.page.Page;
import dev.focus.kernel.page.PageRequest;
import dev.focus.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

@Controller("/api/v1/admin")
@Secured(Caller.ADMIN)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
@ApiResponse(responseCode = "401", description = "UNAUTHORIZED, or TOKEN_EXPIRED: refresh the access token")
@ApiResponse(responseCode = "403", description = "FORBIDDEN: not an administrator")
class AdminController {

    private final AccountGuard guard;
    private final Administration administration;

    AdminController(AccountGuard guard, Administration administration) {
        this.guard = guard;
        this.administration = administration;
    }

    @Get("/users{?q,limit,cursor}")
    @Operation(summary = "Users whose email or username starts with q, by id, paginated")
    @ApiResponse(responseCode = "200", description = "{items, next_cursor}")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED (limit) or INVALID_CURSOR")
    Page<Responses.UserView> users(Authentication authentication, @Nullable @QueryValue String q,
                                   @Nullable @QueryValue @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit, @Nullable @QueryValue String cursor) {
        guard.activeAdmin(authentication);
        PageRequest page = PageRequest.of(limit, cursor);
        Optional<String> after = page.after().map(position -> position.get("id"));
        List<User> found = administration.users(Optional.ofNullable(q).filter(s -> !s.isBlank()), after, page.limit());
        return pageOf(found, page.limit(), User::id, Responses.UserView::of);
    }

    @Patch("/users/{user_id}")
    @Operation(summary = "Suspend or reinstate a user (status ACTIVE|SUSPENDED) or change their role (USER|ADMIN)")
    @ApiResponse(responseCode = "200", description = "The changed user")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "USER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "OWN_ACCOUNT: admins cannot suspend or demote themselves")
    Responses.UserView change(Authentication authentication, @PathVariable("user_id") String userId,
                              @Valid @Body Requests.AdminUserPatch body, HttpRequest<?> request) {
        User admin = guard.activeAdmin(authentication);
        Optional<AccountStatus> status = parse(body.status(), AccountStatus.class, "status");
        Optional<Role> role = parse(body.role(), Role.class, "role");
        return switch (administration.change(admin.id(), userId, status, role, ClientAddress.of(request))) {
            case AdminChangeResult.Changed changed -> Responses.UserView.of(changed.user());
            case AdminChangeResult.NotFound notFound -> throw Problems.notFound("USER_NOT_FOUND", "No such user.");
            case AdminChangeResult.OwnAccount own -> throw Problems.conflict("OWN_ACCOUNT", "Administrators cannot change their own status or role.");
        };
    }

    @Get("/audit-log{?limit,cursor}")
    @Operation(summary = "Security events, newest first, paginated")
    @ApiResponse(responseCode = "200", description = "{items, next_cursor}")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED (limit) or INVALID_CURSOR")
    Page<Responses.AuditEntryView> auditLog(Authentication authentication, @Nullable @QueryValue @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
                                            @Nullable @QueryValue String cursor) {
        guard.activeAdmin(authentication);
        PageRequest page = PageRequest.of(limit, cursor);
        Optional<String> before = page.after().map(position -> position.get("id"));
        List<AuditEntry> found = administration.auditLog(before, page.limit());
        return pageOf(found, page.limit(), AuditEntry::id, Responses.AuditEntryView::of);
    }

    private static <T, V> Page<V> pageOf(List<T> fetched, int limit, Function<T, String> id, Function<T, V> view) {
        List<T> items = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        String next = fetched.size() > limit ? Cursor.encode(Map.of("id", id.apply(items.get(items.size() - 1)))) : null;
        return new Page<>(items.stream().map(view).toList(), next);
    }

    private static <E extends Enum<E>> Optional<E> parse(@Nullable String value, Class<E> type, String field) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw Problems.validation(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
