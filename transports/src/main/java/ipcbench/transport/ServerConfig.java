package ipcbench.transport;

import ipcbench.transport.wire.Frame;
import java.nio.file.Path;

/**
 * What a daemon-side server is given.
 *
 * @param directory  the private (0700) directory for socket files and FIFOs
 * @param maxPayload the largest payload accepted in a frame
 * @param stall      test-only pauses injected into request handling
 * @param log        where the daemon reports rejected input and closed connections
 */
public record ServerConfig(Path directory, int maxPayload, StallInjector stall, DaemonLog log) {

    public static ServerConfig defaults(Path directory, DaemonLog log) {
        return new ServerConfig(directory, Frame.DEFAULT_MAX_PAYLOAD, StallInjector.NONE, log);
    }
}
