package dev.focus.bench;


import java.util.HashMap;
import java.util.Map;

/** The rooms routes as a client calls them, whether the function is hosted in this JVM or behind a running stack. */
interface RoomsRoutes {

    /** {@code body} is sent as JSON unless null. */
    RoomsReply call(String method, String pathAndQuery, Object body, BenchUser caller);

    /** A public room with the defaults, hosted by {@code host}; {@code settings} overrides or adds body fields. */
    default String createRoom(BenchUser host, String name, int workMinutes, Map<String, Object> settings) {
        var body = new HashMap<String, Object>(Map.of("name", name, "work_duration", workMinutes, "break_duration", 5));
        body.putAll(settings);
        return call("POST", "/api/v1/rooms", body, host).expect(201, "POST /api/v1/rooms").text("id");
    }

    default RoomsReply timerCommand(String roomId, String command, BenchUser host) {
        return call("POST", "/api/v1/timer/" + roomId + "/" + command, null, host);
    }
}
