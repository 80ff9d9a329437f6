package dev.focus.rooms;

import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("the DynamoDB capacity report benchmarks read")
class CapacityReportTest {

    static LocalCloud cloud;
    static RoomsApi api;
    static RoomsApi quiet;

    @BeforeAll
    static void start() {
        api = RoomsApi.start(cloud, Map.of("focus.rooms.report-capacity", "true"));
        quiet = RoomsApi.start(cloud);
    }

    @AfterAll
    static void stop() {
        api.close();
        quiet.close();
    }

    @Test
    @DisplayName("reading a timer costs one strongly consistent read of the room item")
    void timer_read() {
        var host = api.newUser();
        String room = api.newRoom(host);

        var timer = api.timer(room, host);

        assertThat(timer.header("X-Focus-DynamoDB-Capacity")).hasValue("read=1.0;write=0.0;total=1.0");
    }

    @Test
    @DisplayName("without the setting no response carries the header")
    void off_by_default() {
        var host = quiet.newUser();
        String room = quiet.newRoom(host);

        assertThat(quiet.timer(room, host).header("X-Focus-DynamoDB-Capacity")).isEmpty();
    }
}
