package dev.focus.rooms.api;

import dev.focus.rooms.application.TimerCommand;
import dev.focus.rooms.application.TimerControl;
import dev.focus.rooms.view.TimerView;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;

/** The server-owned timer: {@code remaining_seconds} is computed from the server clock, {@code server_time} lets clients correct theirs. */
@Controller("/api/v1/timer/{room_id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "timer")
@ApiResponse(responseCode = "401", description = "UNAUTHORIZED, or TOKEN_EXPIRED: refresh the access token")
@ApiResponse(responseCode = "404", description = "ROOM_NOT_FOUND")
@ApiResponse(responseCode = "503", description = "TRY_AGAIN_LATER (with Retry-After): the queue of the timer's wake-ups"
        + " is unavailable; nothing was changed")
class TimerController {

    private final TimerControl timers;
    private final Clock clock;

    TimerController(TimerControl timers, Clock clock) {
        this.timers = timers;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The timer now: status IDLE|RUNNING|PAUSED|COMPLETED, phase WORK|BREAK|LONG_BREAK")
    @ApiResponse(responseCode = "200", description = "{room_id, status, phase, cycle, phase_duration_seconds,"
            + " remaining_seconds, phase_started_at, phase_ends_at, server_time, version}")
    TimerView getTimer(Authentication authentication, @PathVariable("room_id") String roomId) {
        return TimerView.of(timers.state(roomId, Viewers.of(authentication)).orElseThrow(ProblemMapping::roomNotFound),
                clock.instant());
    }

    @Post("/start")
    @Operation(summary = "Start an IDLE, PAUSED or COMPLETED timer (host only)")
    @ApiResponse(responseCode = "200", description = "The timer state")
    @ApiResponse(responseCode = "403", description = "NOT_HOST")
    @ApiResponse(responseCode = "409", description = "INVALID_TRANSITION, TIMER_CONFLICT, ROOM_CLOSED")
    TimerView startTimer(Authentication authentication, @PathVariable("room_id") String roomId) {
        return command(authentication, roomId, TimerCommand.START);
    }

    @Post("/pause")
    @Operation(summary = "Pause a RUNNING timer (host only)")
    @ApiResponse(responseCode = "200", description = "The timer state")
    @ApiResponse(responseCode = "403", description = "NOT_HOST")
    @ApiResponse(responseCode = "409", description = "INVALID_TRANSITION, TIMER_CONFLICT, ROOM_CLOSED")
    TimerView pauseTimer(Authentication authentication, @PathVariable("room_id") String roomId) {
        return command(authentication, roomId, TimerCommand.PAUSE);
    }

    @Post("/reset")
    @Operation(summary = "Back to IDLE, WORK, cycle 1 (host only)")
    @ApiResponse(responseCode = "200", description = "The timer state")
    @ApiResponse(responseCode = "403", description = "NOT_HOST")
    @ApiResponse(responseCode = "409", description = "INVALID_TRANSITION (already idle), TIMER_CONFLICT, ROOM_CLOSED")
    TimerView resetTimer(Authentication authentication, @PathVariable("room_id") String roomId) {
        return command(authentication, roomId, TimerCommand.RESET);
    }

    @Post("/skip")
    @Operation(summary = "End the current phase without counting it (host only)")
    @ApiResponse(responseCode = "200", description = "The timer state")
    @ApiResponse(responseCode = "403", description = "NOT_HOST")
    @ApiResponse(responseCode = "409", description = "INVALID_TRANSITION, TIMER_CONFLICT, ROOM_CLOSED")
    TimerView skipPhase(Authentication authentication, @PathVariable("room_id") String roomId) {
        return command(authentication, roomId, TimerCommand.SKIP);
    }

    @Post("/complete")
    @Operation(summary = "End the current phase now and count it (host only)",
            description = "A counted WORK phase credits everyone present with the minutes focused so far.")
    @ApiResponse(responseCode = "200", description = "The timer state")
    @ApiResponse(responseCode = "403", description = "NOT_HOST")
    @ApiResponse(responseCode = "409", description = "INVALID_TRANSITION, TIMER_CONFLICT, ROOM_CLOSED")
    TimerView completePhase(Authentication authentication, @PathVariable("room_id") String roomId) {
        return command(authentication, roomId, TimerCommand.COMPLETE);
    }

    private TimerView command(Authentication authentication, String roomId, TimerCommand command) {
        return TimerView.of(ProblemMapping.roomOf(timers.command(roomId, Viewers.of(authentication), command)),
                clock.instant());
    }
}
