package dev.focus.localstack;

import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the local stack tells the rooms functions beyond the emulators' endpoints. */
@DisplayName("The rooms settings")
class RoomsSettingsTest {

    @Test
    @DisplayName("close an empty room after ten minutes, as on AWS")
    void emptyRoomGrace() {
        Map<String, String> resolved = FunctionSettings.resolve(Map.of(), "http://localhost:8080",
                "http://localhost:8080/_local/web", List.of(FocusResources.ROOMS.settings()));

        assertThat(resolved).containsEntry(Setting.EMPTY_ROOM_GRACE.property(), "10m");
    }
}
