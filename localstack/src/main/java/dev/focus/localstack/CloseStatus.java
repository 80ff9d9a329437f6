package dev.focus.localstack;

/** Why a WebSocket connection closed: the close frame's code and reason, as the $disconnect event reports them. */
record CloseStatus(int code, String reason) {

    static final CloseStatus NORMAL = new CloseStatus(1000, "Normal closure");
    static final CloseStatus GOING_AWAY = new CloseStatus(1001, "Going away");
    static final CloseStatus BINARY_NOT_SUPPORTED = new CloseStatus(1003, "Binary frames are not supported");
    /** The client's close frame carried no code (a code never sent on the wire, RFC 6455 7.4.1). */
    static final CloseStatus NO_STATUS = new CloseStatus(1005, "No status received");
    /** The TCP connection ended without a close frame (never sent on the wire either). */
    static final CloseStatus CONNECTION_LOST = new CloseStatus(1006, "Connection lost");
    static final CloseStatus MESSAGE_TOO_BIG = new CloseStatus(1009, "Message too big");
}
