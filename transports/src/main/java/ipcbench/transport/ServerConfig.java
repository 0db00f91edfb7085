package ipcbench.transport;

import ipcbench.transport.wire.Frame;
import java.nio.file.Path;

/**
 * What a daemon-side server is given.
 *
 * @param directory  the private (0700) directory for socket files and FIFOs
 * @param port       TCP only: the loopback port to listen on, 0 for any free one
 * @param maxPayload the largest payload accepted in a frame
 * @param allowUids  Unix domain sockets only: which peers may connect
 * @param stall      test-only pauses injected into request handling
 * @param log        where the daemon reports rejected input and closed connections
 */
public record ServerConfig(Path directory, int port, int maxPayload, AllowedUids allowUids, StallInjector stall,
                           DaemonLog log) {

    /** Any port, anyone, the default maximum, no stalls: what a test binding a server directly needs. */
    public static ServerConfig defaults(Path directory, DaemonLog log) {
        return new ServerConfig(directory, 0, Frame.DEFAULT_MAX_PAYLOAD, AllowedUids.ANYONE, StallInjector.NONE, log);
    }
}
