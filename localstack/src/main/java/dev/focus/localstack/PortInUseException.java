package dev.focus.localstack;

/** The gateway's port is taken: said in one line, since the stack cannot start without it. */
public final class PortInUseException extends RuntimeException {

    private final int port;

    PortInUseException(int port, Throwable cause) {
        super("Port " + port + " is already in use (another stack or server is listening on it): stop it, or choose "
                + "another port with --port N or FOCUS_PORT=N", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
