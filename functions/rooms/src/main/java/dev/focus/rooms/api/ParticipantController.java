package dev.focus.rooms.api;

import dev.focus.kernel.api.Problems;
import dev.focus.rooms.application.JoinResult;
import dev.focus.rooms.application.LeaveResult;
import dev.focus.rooms.application.Member;
import dev.focus.rooms.application.Membership;
import dev.focus.rooms.model.ParticipantStatus;
import dev.focus.rooms.view.ParticipantView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Controller("/api/v1/participants")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "participants")
@ApiResponse(responseCode = "401", description = "UNAUTHORIZED, or TOKEN_EXPIRED: refresh the access token")
class ParticipantController {

    /** The Focus Mate client's list shape. */
    @Serdeable
    @Schema(name = "ParticipantList")
    record ParticipantList(List<ParticipantView> participants, int total) {
    }

    private final Membership membership;

    ParticipantController(Membership membership) {
        this.membership = membership;
    }

    @Post("/{room_id}/join")
    @Operation(summary = "Join a room; joining again answers the same participant with 200",
            description = "username defaults to the account's username; a private room needs its invite_code.")
    @ApiResponse(responseCode = "201", description = "Joined: the new participant",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @ApiResponse(responseCode = "200", description = "Already in the room: the existing participant",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "INVALID_INVITE_CODE")
    @ApiResponse(responseCode = "404", description = "ROOM_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "ROOM_FULL, ROOM_CLOSED")
    @ApiResponse(responseCode = "503", description = "TRY_AGAIN_LATER (with Retry-After): too many joins at once")
    HttpResponse<ParticipantView> joinRoom(Authentication authentication, @PathVariable("room_id") String roomId,
                                       @Valid @Nullable @Body Requests.Join body) {
        Optional<Requests.Join> join = Optional.ofNullable(body);
        JoinResult result = membership.join(roomId, Viewers.of(authentication),
                join.map(Requests.Join::username), join.map(Requests.Join::inviteCode));
        return switch (result) {
            case JoinResult.Joined joined -> HttpResponse.created(view(joined.member()));
            case JoinResult.AlreadyJoined already -> HttpResponse.ok(view(already.member()));
            case JoinResult.RoomFull full -> throw Problems.conflict("ROOM_FULL", "This room has no free seat.");
            case JoinResult.RoomClosed closed -> throw ProblemMapping.closed();
            case JoinResult.RoomNotFound notFound -> throw ProblemMapping.roomNotFound();
            case JoinResult.WrongInviteCode wrong -> throw Problems.forbidden("INVALID_INVITE_CODE",
                    "This private room needs its invite_code.");
            case JoinResult.Busy busy -> throw tooBusy();
        };
    }

    @Delete("/{id}")
    @Operation(summary = "Leave a room (oneself), or remove a participant (the room's host, or an admin moderating)",
            description = "When the host leaves, the earliest remaining joiner becomes host; an emptied room's timer stops,"
                    + " and the room closes unless somebody joins within the grace period (10 minutes by default).")
    @ApiResponse(responseCode = "204", description = "Left")
    @ApiResponse(responseCode = "403", description = "NOT_HOST: only the host (or an admin) removes others")
    @ApiResponse(responseCode = "404", description = "PARTICIPANT_NOT_FOUND")
    @ApiResponse(responseCode = "503", description = "TRY_AGAIN_LATER (with Retry-After): the room kept changing, or the"
            + " queue of the timer's and the empty room's wake-ups (or of focus sessions) is unavailable; nothing was changed")
    HttpResponse<Void> leaveRoom(Authentication authentication,
                                 @Parameter(description = "the participant's id") @PathVariable("id") String participantId) {
        return switch (membership.leave(participantId, Viewers.of(authentication))) {
            case LeaveResult.Left left -> HttpResponse.noContent();
            case LeaveResult.NotFound notFound -> throw participantNotFound();
            case LeaveResult.NotAllowed notAllowed -> throw ProblemMapping.notHost();
            case LeaveResult.Busy busy -> throw tooBusy();
        };
    }

    @Get("/{id}")
    @Operation(summary = "The room's participants, earliest joiner first (the Focus Mate clients' path)", deprecated = true,
            description = "Here the id is the room's: the same list as GET /api/v1/rooms/{room_id}/participants.")
    @ApiResponse(responseCode = "200", description = "{participants, total}")
    @ApiResponse(responseCode = "404", description = "ROOM_NOT_FOUND")
    ParticipantList listParticipantsOfRoomId(Authentication authentication,
                                             @Parameter(description = "the room's id") @PathVariable("id") String roomId) {
        return list(membership, authentication, roomId);
    }

    static ParticipantList list(Membership membership, Authentication authentication, String roomId) {
        List<ParticipantView> views = membership.list(roomId, Viewers.of(authentication))
                .orElseThrow(ProblemMapping::roomNotFound).stream().map(ParticipantController::view).toList();
        return new ParticipantList(views, views.size());
    }

    @Put("/{participant_id}/status")
    @Operation(summary = "Set one's own status: active, idle or focusing")
    @ApiResponse(responseCode = "200", description = "The participant")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "PARTICIPANT_NOT_FOUND (or not the caller's own)")
    ParticipantView setStatus(Authentication authentication, @PathVariable("participant_id") String participantId,
                           @Valid @Body Requests.Status body) {
        ParticipantStatus status = ParticipantStatus.valueOf(body.status().toUpperCase(Locale.ROOT));
        return membership.setStatus(participantId, Viewers.of(authentication), status)
                .map(ParticipantController::view).orElseThrow(ParticipantController::participantNotFound);
    }

    private static ParticipantView view(Member member) {
        return ParticipantView.of(member.participant(), member.host());
    }

    private static RuntimeException tooBusy() {
        return Problems.serviceUnavailable("TRY_AGAIN_LATER", "The room is changing too fast right now; try again.", 1);
    }

    private static RuntimeException participantNotFound() {
        return Problems.notFound("PARTICIPANT_NOT_FOUND", "No such participant.");
    }
}
