package ipcbench.transport.daemon;

import ipcbench.transport.AllowedUids;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.wire.Frame;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to start a daemon: immutable, each {@code with...} returns a changed copy.
 *
 * <ul>
 *   <li>{@code maxPayload}: largest payload the daemon accepts</li>
 *   <li>{@code port}: TCP only, the loopback port to listen on (0: any free one)</li>
 *   <li>{@code allowUids}: Unix domain sockets only, which peers may connect</li>
 *   <li>{@code stallEveryMillis}, {@code stallMillis}: test only, pause the daemon this often (0: never) for this long</li>
 *   <li>{@code readyTimeout}: how long to wait for the ready line</li>
 *   <li>{@code jvmArgs}: the daemon JVM's flags</li>
 *   <li>{@code frameBudget}: bytes the daemon's frame buffers may take, all connections together (0: half its
 *       direct-memory limit, see {@link ipcbench.transport.FrameBudget})</li>
 *   <li>{@code frameDeadline}: how long one frame may take to arrive from its first byte</li>
 *   <li>{@code serverModel}: how the daemon schedules its connections</li>
 *   <li>{@code java}: the {@code java} executable the daemon runs on (default {@link ChildJvm#defaultJava()})</li>
 *   <li>{@code protocol}: what the daemon speaks over the transport ({@code raw}, {@code http1}, {@code grpc},
 *       {@code jsonrpc}: {@link ipcbench.transport.protocol.Protocols})</li>
 *   <li>{@code injectedDelay}: test only, the transport whose daemons busy-wait before each response, and how
 *       long (default: {@link InjectedDelay#ENV}'s, usually none)</li>
 * </ul>
 */
public final class DaemonOptions {

    /** {@link JvmFlags#DAEMON}, or the flags {@code -Dipcbench.daemon.jvmArgs="..."} gives instead. */
    public static final List<String> DEFAULT_JVM_ARGS = defaultJvmArgs(System.getProperty("ipcbench.daemon.jvmArgs"));

    private int maxPayload = Frame.DEFAULT_MAX_PAYLOAD;
    private int port;
    private AllowedUids allowUids = AllowedUids.ANYONE;
    private long stallEveryMillis;
    private long stallMillis;
    private Duration readyTimeout = Duration.ofMillis(Long.getLong("ipcbench.daemon.readyTimeout.ms", 30_000));
    private List<String> jvmArgs = DEFAULT_JVM_ARGS;
    private long frameBudget;
    private Duration frameDeadline = ServerConfig.DEFAULT_FRAME_DEADLINE;
    private ServerModel serverModel = ServerModel.DEFAULT;
    private String java = ChildJvm.defaultJava();
    private String protocol = "raw";
    private InjectedDelay injectedDelay = InjectedDelay.fromEnvironment();

    private DaemonOptions() {
    }

    public static DaemonOptions defaults() {
        return new DaemonOptions();
    }

    /** The daemon JVMs' flags given {@code -Dipcbench.daemon.jvmArgs}'s value (null: not set). */
    static List<String> defaultJvmArgs(String replacement) {
        return replacement == null ? JvmFlags.DAEMON : List.of(replacement.trim().split("\\s+"));
    }

    /** A copy with {@code change} applied: the one place the fields are copied. */
    private DaemonOptions with(Consumer<DaemonOptions> change) {
        DaemonOptions copy = new DaemonOptions();
        copy.maxPayload = maxPayload;
        copy.port = port;
        copy.allowUids = allowUids;
        copy.stallEveryMillis = stallEveryMillis;
        copy.stallMillis = stallMillis;
        copy.readyTimeout = readyTimeout;
        copy.jvmArgs = jvmArgs;
        copy.frameBudget = frameBudget;
        copy.frameDeadline = frameDeadline;
        copy.serverModel = serverModel;
        copy.java = java;
        copy.protocol = protocol;
        copy.injectedDelay = injectedDelay;
        change.accept(copy);
        return copy;
    }

    public DaemonOptions withStall(long everyMillis, long pauseMillis) {
        return with(o -> {
            o.stallEveryMillis = everyMillis;
            o.stallMillis = pauseMillis;
        });
    }

    public DaemonOptions withMaxPayload(int newMaxPayload) {
        return with(o -> o.maxPayload = newMaxPayload);
    }

    public DaemonOptions withPort(int newPort) {
        return with(o -> o.port = newPort);
    }

    public DaemonOptions withAllowUids(AllowedUids newAllowUids) {
        return with(o -> o.allowUids = newAllowUids);
    }

    public DaemonOptions withFrameBudget(long bytes) {
        return with(o -> o.frameBudget = bytes);
    }

    public DaemonOptions withFrameDeadline(Duration deadline) {
        return with(o -> o.frameDeadline = deadline);
    }

    public DaemonOptions withJvmArgs(List<String> newJvmArgs) {
        List<String> copied = List.copyOf(newJvmArgs);
        return with(o -> o.jvmArgs = copied);
    }

    public DaemonOptions withServerModel(ServerModel model) {
        return with(o -> o.serverModel = model);
    }

    public DaemonOptions withJava(String newJava) {
        return with(o -> o.java = newJava);
    }

    /** Speaking {@code id} ({@link ipcbench.transport.protocol.Protocols}); checked when the daemon starts. */
    public DaemonOptions withProtocol(String id) {
        return with(o -> o.protocol = id);
    }

    /** Test only: {@code delay}'s transport's daemons busy-wait before each response (null: none). */
    public DaemonOptions withInjectedDelay(InjectedDelay delay) {
        return with(o -> o.injectedDelay = delay);
    }

    public int maxPayload() {
        return maxPayload;
    }

    public int port() {
        return port;
    }

    public AllowedUids allowUids() {
        return allowUids;
    }

    public long stallEveryMillis() {
        return stallEveryMillis;
    }

    public long stallMillis() {
        return stallMillis;
    }

    public Duration readyTimeout() {
        return readyTimeout;
    }

    public List<String> jvmArgs() {
        return jvmArgs;
    }

    public long frameBudget() {
        return frameBudget;
    }

    public Duration frameDeadline() {
        return frameDeadline;
    }

    public ServerModel serverModel() {
        return serverModel;
    }

    public String java() {
        return java;
    }

    public String protocol() {
        return protocol;
    }

    /** The busy-wait before each response of a daemon of {@code transportId}: 0 for all but the delay's transport. */
    public long injectedDelayNanos(String transportId) {
        return InjectedDelay.nanosFor(injectedDelay, transportId);
    }
}
