package ipcbench.transport.daemon;

import ipcbench.transport.AllowedUids;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.Frame;
import java.time.Duration;
import java.util.List;

/**
 * How to start a daemon.
 *
 * @param maxPayload      largest payload the daemon accepts
 * @param port            TCP only: loopback port to listen on (0: any free one)
 * @param allowUids       Unix domain sockets only: which peers may connect
 * @param stallEveryMillis test-only: pause the daemon this often (0: never)
 * @param stallMillis     test-only: for this long
 * @param readyTimeout    how long to wait for the ready line
 * @param jvmArgs         the daemon JVM's flags
 * @param frameBudget     bytes the daemon's frame buffers may take, all connections together (0: half
 *                        its direct-memory limit, see {@link ipcbench.transport.FrameBudget})
 * @param frameDeadline   how long one frame may take to arrive from its first byte
 */
public record DaemonOptions(int maxPayload, int port, AllowedUids allowUids, long stallEveryMillis, long stallMillis,
                            Duration readyTimeout, List<String> jvmArgs, long frameBudget, Duration frameDeadline) {

    /** {@link JvmFlags#DAEMON}, or the flags {@code -Dipcbench.daemon.jvmArgs="..."} gives instead. */
    public static final List<String> DEFAULT_JVM_ARGS = defaultJvmArgs(System.getProperty("ipcbench.daemon.jvmArgs"));

    public static DaemonOptions defaults() {
        return new DaemonOptions(Frame.DEFAULT_MAX_PAYLOAD, 0, AllowedUids.ANYONE, 0, 0,
                Duration.ofMillis(Long.getLong("ipcbench.daemon.readyTimeout.ms", 30_000)), DEFAULT_JVM_ARGS, 0,
                ServerConfig.DEFAULT_FRAME_DEADLINE);
    }

    /** The daemon JVMs' flags given {@code -Dipcbench.daemon.jvmArgs}'s value (null: not set). */
    static List<String> defaultJvmArgs(String replacement) {
        return replacement == null ? JvmFlags.DAEMON : List.of(replacement.trim().split("\\s+"));
    }

    public DaemonOptions withStall(long everyMillis, long pauseMillis) {
        return new DaemonOptions(maxPayload, port, allowUids, everyMillis, pauseMillis, readyTimeout, jvmArgs,
                frameBudget, frameDeadline);
    }

    public DaemonOptions withMaxPayload(int newMaxPayload) {
        return new DaemonOptions(newMaxPayload, port, allowUids, stallEveryMillis, stallMillis, readyTimeout, jvmArgs,
                frameBudget, frameDeadline);
    }

    public DaemonOptions withPort(int newPort) {
        return new DaemonOptions(maxPayload, newPort, allowUids, stallEveryMillis, stallMillis, readyTimeout, jvmArgs,
                frameBudget, frameDeadline);
    }

    public DaemonOptions withAllowUids(AllowedUids newAllowUids) {
        return new DaemonOptions(maxPayload, port, newAllowUids, stallEveryMillis, stallMillis, readyTimeout, jvmArgs,
                frameBudget, frameDeadline);
    }

    public DaemonOptions withFrameBudget(long bytes) {
        return new DaemonOptions(maxPayload, port, allowUids, stallEveryMillis, stallMillis, readyTimeout, jvmArgs,
                bytes, frameDeadline);
    }

    public DaemonOptions withFrameDeadline(Duration deadline) {
        return new DaemonOptions(maxPayload, port, allowUids, stallEveryMillis, stallMillis, readyTimeout, jvmArgs,
                frameBudget, deadline);
    }

    public DaemonOptions withJvmArgs(List<String> newJvmArgs) {
        return new DaemonOptions(maxPayload, port, allowUids, stallEveryMillis, stallMillis, readyTimeout,
                List.copyOf(newJvmArgs), frameBudget, frameDeadline);
    }
}
