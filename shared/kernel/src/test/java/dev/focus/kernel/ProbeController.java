package dev.focus.kernel;

import dev.focus.kernel.api.Problems;
import dev.focus.kernel.json.JsonRules;
import dev.focus.kernel.page.Cursor;
import dev.focus.kernel.page.Page;
import dev.focus.kernel.page.PageRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A controller that exists only in the kernel's tests, to drive every error path through the Lambda handler. */
@Controller("/probe")
class ProbeController {

    @Serdeable
    record Signup(@NotBlank @Email String emailAddress, @NotBlank @Size(max = 32) String displayName, @Min(1) int seats) {
    }

    @Serdeable
    record Created(String displayName, Instant createdAt) {
    }

    @Serdeable
    record Settings(@Nullable Integer minutes, @Nullable Long total, @Nullable Double ratio, @Nullable Boolean autoStart,
                    @Nullable @Pattern(regexp = JsonRules.SINGLE_LINE, message = JsonRules.SINGLE_LINE_MESSAGE) String name,
                    @Nullable List<String> tags, @Nullable Signup owner, @Nullable Map<String, Integer> limits) {
    }

    @Post("/settings")
    Settings settings(@Body @Valid Settings settings) {
        return settings;
    }

    @Get("/things/{thing_id}{?q}")
    Map<String, String> thing(@PathVariable("thing_id") String thingId, @Nullable @QueryValue String q) {
        return Map.of("thing_id", thingId, "q", q == null ? "" : q);
    }

    @Post("/signups")
    @Status(HttpStatus.CREATED)
    Created signup(@Body @Valid Signup signup) {
        return new Created(signup.displayName(), Instant.parse("2026-11-21T10:15:30Z"));
    }

    @Get("/full")
    Object full() {
        throw Problems.tooManyRequests("TOO_MANY_ATTEMPTS", "Slow down.", 42);
    }

    @Get("/private")
    Object privateThing() {
        throw new io.micronaut.http.exceptions.HttpStatusException(HttpStatus.UNAUTHORIZED, "no token");
    }

    @Get("/boom")
    Object boom() {
        throw new IllegalStateException("secret internals");
    }

    @Get("/numbers")
    Page<Integer> numbers(@QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        int from = page.after().map(position -> Integer.parseInt(position.get("n")) + 1).orElse(0);
        List<Integer> items = IntStream.range(from, Math.min(from + page.limit(), 45)).boxed().toList();
        int last = items.isEmpty() ? -1 : items.get(items.size() - 1);
        String next = last >= 0 && last < 44 ? Cursor.encode(Map.of("n", Integer.toString(last))) : null;
        return new Page<>(items, next);
    }
}
