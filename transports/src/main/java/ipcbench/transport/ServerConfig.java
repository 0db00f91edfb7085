package ipcbench.transport;

import ipcbench.transport.wire.Frame;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a daemon-side server is given.
 *
 * @param directory     the private (0700) directory for socket files and FIFOs
 * @param port          TCP only: the loopback port to listen on, 0 for any free one
 * @param maxPayload    the largest payload accepted in a frame
 * @param allowUids     Unix domain sockets only: which peers may connect
 * @param stall         test-only pauses injected into request handling
 * @param log           where the daemon reports rejected input and closed connections
 * @param budget        the frame buffers' memory, all connections together
 * @param frameDeadline how long a frame may take from its first byte to its last: a slower
 *                      client (a slow-loris) is cut off, an idle one between frames is not
 * @param model         how the daemon schedules its connections (one the transport offers)
 */
public record ServerConfig(Path directory, int port, int maxPayload, AllowedUids allowUids, StallInjector stall,
                           DaemonLog log, FrameBudget budget, Duration frameDeadline, ServerModel model) {
    /** As long as a client waits for a response ({@link ClientConfig}'s deadline). */
    public static final Duration DEFAULT_FRAME_DEADLINE = Duration.ofSeconds(10);

    /** Any port, anyone, the default maximum and budget, no stalls: what a test binding a server directly needs. */
    public static ServerConfig defaults(Path directory, DaemonLog log) {
        return new ServerConfig(directory, 0, Frame.DEFAULT_MAX_PAYLOAD, AllowedUids.ANYONE, StallInjector.NONE, log,
                FrameBudget.forThisJvm(), DEFAULT_FRAME_DEADLINE, ServerModel.DEFAULT);
    }

    public ServerConfig withModel(ServerModel newModel) {
        return new ServerConfig(directory, port, maxPayload, allowUids, stall, log, budget, frameDeadline, newModel);
    }
}
