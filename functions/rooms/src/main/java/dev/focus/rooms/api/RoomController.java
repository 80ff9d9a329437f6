package dev.focus.rooms.api;

import dev.focus.kernel.page.Page;
import dev.focus.kernel.page.PageRequest;
import dev.focus.rooms.application.RoomChanges;
import dev.focus.rooms.application.RoomDirectory;
import dev.focus.rooms.application.RoomDraft;
import dev.focus.rooms.application.Viewer;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.TimerSettings;
import dev.focus.rooms.model.Visibility;
import dev.focus.rooms.view.RoomView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.Locale;
import java.util.Optional;

@Controller("/api/v1/rooms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "rooms")
@ApiResponse(responseCode = "401", description = "UNAUTHORIZED, or TOKEN_EXPIRED: refresh the access token")
class RoomController {

    private final RoomDirectory directory;

    RoomController(RoomDirectory directory) {
        this.directory = directory;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a room; the creator is its host and first participant",
            description = "Durations in whole minutes: work 1-180, breaks 1-60; long_break_duration 15 and long_break_every 4"
                    + " by default; auto_start_break true and auto_start_work false by default; max_participants 2-50"
                    + " (default 50); visibility public (default) or private (then the room has an invite_code).")
    @ApiResponse(responseCode = "201", description = "The room")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, BODY_REQUIRED")
    @ApiResponse(responseCode = "409", description = "ROOM_NAME_TAKEN: an active room has this name (case-insensitive);"
            + " a room left empty past its grace no longer holds its name")
    RoomView createRoom(Authentication authentication, @Valid @Body Requests.CreateRoom body) {
        var settings = new TimerSettings(body.workDuration(), body.breakDuration(),
                Optional.ofNullable(body.longBreakDuration()).orElse(15), Optional.ofNullable(body.longBreakEvery()).orElse(4),
                Optional.ofNullable(body.autoStartBreak()).orElse(true), Optional.ofNullable(body.autoStartWork()).orElse(false));
        var draft = new RoomDraft(body.name(), settings, Optional.ofNullable(body.maxParticipants()).orElse(50),
                visibility(body.visibility()).orElse(Visibility.PUBLIC));
        Room room = directory.create(draft, Viewers.of(authentication)).orElseThrow(ProblemMapping::nameTaken);
        return RoomView.of(room, true);
    }

    @Get("{?limit,cursor,q}")
    @Operation(summary = "Active public rooms, newest first; q filters by name (case-insensitive substring)")
    @ApiResponse(responseCode = "200", description = "{items, next_cursor}; next_cursor is null on the last page")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED (limit 1-100), INVALID_CURSOR")
    Page<RoomView> listRooms(@Nullable @QueryValue @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit, @Nullable @QueryValue String cursor,
                        @Nullable @QueryValue String q) {
        return directory.publicRooms(PageRequest.of(limit, cursor), Optional.ofNullable(q))
                .map(room -> RoomView.of(room, false));
    }

    @Get("/{room_id}")
    @Operation(summary = "A room (a private one only for its participants); closed rooms answer with is_active false")
    @ApiResponse(responseCode = "200", description = "The room")
    @ApiResponse(responseCode = "404", description = "ROOM_NOT_FOUND")
    RoomView getRoom(Authentication authentication, @PathVariable("room_id") String roomId) {
        Viewer viewer = Viewers.of(authentication);
        Room room = directory.find(roomId, viewer).orElseThrow(ProblemMapping::roomNotFound);
        return RoomView.of(room, true);
    }

    @Put("/{room_id}")
    @Operation(summary = "Change a room's settings (host only); fields left out stay as they are",
            description = "New durations apply from the next phase; a phase already started keeps its length.")
    @ApiResponse(responseCode = "200", description = "The room")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "NOT_HOST")
    @ApiResponse(responseCode = "404", description = "ROOM_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "ROOM_NAME_TAKEN, ROOM_CLOSED, TOO_MANY_PARTICIPANTS, TIMER_CONFLICT")
    @ApiResponse(responseCode = "503", description = "TRY_AGAIN_LATER (with Retry-After): the room kept changing; nothing was changed")
    RoomView updateRoom(Authentication authentication, @PathVariable("room_id") String roomId,
                    @Valid @Body Requests.UpdateRoom body) {
        var changes = new RoomChanges(Optional.ofNullable(body.name()), Optional.ofNullable(body.workDuration()),
                Optional.ofNullable(body.breakDuration()), Optional.ofNullable(body.longBreakDuration()),
                Optional.ofNullable(body.longBreakEvery()), Optional.ofNullable(body.autoStartBreak()),
                Optional.ofNullable(body.autoStartWork()), Optional.ofNullable(body.maxParticipants()),
                visibility(body.visibility()));
        return RoomView.of(ProblemMapping.roomOf(directory.update(roomId, Viewers.of(authentication), changes)), true);
    }

    @Delete("/{room_id}")
    @Operation(summary = "Close a room (its host or an admin): it leaves the listing and its name is free again",
            description = "A room left with nobody in it closes by itself after a grace period (10 minutes by default).")
    @ApiResponse(responseCode = "204", description = "Closed")
    @ApiResponse(responseCode = "403", description = "NOT_HOST")
    @ApiResponse(responseCode = "404", description = "ROOM_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "ROOM_CLOSED: already closed")
    @ApiResponse(responseCode = "503", description = "TRY_AGAIN_LATER (with Retry-After): the room kept changing, or the"
            + " queue of the timer's wake-ups (needed to count a phase that has just ended) is unavailable; nothing was changed")
    HttpResponse<Void> closeRoom(Authentication authentication, @PathVariable("room_id") String roomId) {
        ProblemMapping.roomOf(directory.close(roomId, Viewers.of(authentication)));
        return HttpResponse.noContent();
    }

    private static Optional<Visibility> visibility(String value) {
        return Optional.ofNullable(value).map(v -> Visibility.valueOf(v.toUpperCase(Locale.ROOT)));
    }
}
