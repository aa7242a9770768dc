package io.github.logbuch.server;

import java.io.IOException;

/** Another program listens on the port already. */
public final class PortInUseException extends IOException {
    private final int port;

    public PortInUseException(int port, Throwable cause) {
        super("port " + port + " is in use", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
