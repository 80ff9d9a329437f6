package dev.focus.rooms.api;

import dev.focus.kernel.json.JsonRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies, validated here at the edge: durations in whole minutes. */
final class Requests {

    static final String VISIBILITY = "^(public|private)$";
    static final String STATUS = "^(active|idle|focusing)$";

    private Requests() {
    }

    @Serdeable
    @Schema(name = "CreateRoomRequest")
    record CreateRoom(@NotBlank @Size(max = 60) @Pattern(regexp = JsonRules.SINGLE_LINE, message = JsonRules.SINGLE_LINE_MESSAGE) String name,
                      @NotNull @Min(1) @Max(180) Integer workDuration,
                      @NotNull @Min(1) @Max(60) Integer breakDuration,
                      @Nullable @Min(1) @Max(60) Integer longBreakDuration,
                      @Nullable @Min(1) @Max(12) Integer longBreakEvery,
                      @Nullable Boolean autoStartBreak,
                      @Nullable Boolean autoStartWork,
                      @Nullable @Min(2) @Max(50) Integer maxParticipants,
                      @Nullable @Schema(allowableValues = {"public", "private"}) @Pattern(regexp = VISIBILITY, message = "must be public or private") String visibility) {
    }

    @Serdeable
    @Schema(name = "UpdateRoomRequest")
    record UpdateRoom(@Nullable @Size(min = 1, max = 60) @Pattern(regexp = JsonRules.SINGLE_LINE, message = JsonRules.SINGLE_LINE_MESSAGE) String name,
                      @Nullable @Min(1) @Max(180) Integer workDuration,
                      @Nullable @Min(1) @Max(60) Integer breakDuration,
                      @Nullable @Min(1) @Max(60) Integer longBreakDuration,
                      @Nullable @Min(1) @Max(12) Integer longBreakEvery,
                      @Nullable Boolean autoStartBreak,
                      @Nullable Boolean autoStartWork,
                      @Nullable @Min(2) @Max(50) Integer maxParticipants,
                      @Nullable @Schema(allowableValues = {"public", "private"}) @Pattern(regexp = VISIBILITY, message = "must be public or private") String visibility) {
    }

    @Serdeable
    @Schema(name = "JoinRequest")
    record Join(@Nullable @Size(min = 1, max = 40) @Pattern(regexp = JsonRules.SINGLE_LINE, message = JsonRules.SINGLE_LINE_MESSAGE) String username, @Nullable @Size(max = 20) String inviteCode) {
    }

    @Serdeable
    @Schema(name = "StatusRequest")
    record Status(@NotNull @Schema(allowableValues = {"active", "idle", "focusing"}) @Pattern(regexp = STATUS, message = "must be active, idle or focusing") String status) {
    }
}
