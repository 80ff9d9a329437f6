package dev.focus.rooms.api;

import dev.focus.rooms.application.Membership;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A room's participants under the room's own path; the clients' older path stays in {@link ParticipantController}. */
@Controller("/api/v1/rooms/{room_id}/participants")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "participants")
class RoomParticipantsController {

    private final Membership membership;

    RoomParticipantsController(Membership membership) {
        this.membership = membership;
    }

    @Get
    @Operation(summary = "The room's participants, earliest joiner first")
    @ApiResponse(responseCode = "200", description = "{participants, total}")
    @ApiResponse(responseCode = "404", description = "ROOM_NOT_FOUND")
    ParticipantController.ParticipantList listParticipants(Authentication authentication,
                                                           @PathVariable("room_id") String roomId) {
        return ParticipantController.list(membership, authentication, roomId);
    }
}
