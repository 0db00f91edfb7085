package ipcbench.transport.daemon;

import ipcbench.transport.AllowedUids;
import ipcbench.transport.DaemonLog;
import ipcbench.transport.FrameBudget;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.StallInjector;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.wire.Frame;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The daemon process. Binds the transport, announces itself on stderr (stdout may be the pipe
 * it serves), serves until stopped, and exits on its own when the process that started it dies.
 *
 * <p>Protocol on stderr: {@code MODEL <server model>}, {@code DELAY <nanos>} when a test-only delay
 * was injected, then {@code READY <address>}; or {@code FAILED <reason>} and exit status 2.
 */
@Command(name = "ipcbench-daemon", mixinStandardHelpOptions = true,
        description = "Serves ipcbench request/response traffic over one transport.")
public final class DaemonMain implements Callable<Integer> {
    @Option(names = "--transport", required = true, description = "Transport id, e.g. uds-jdk.")
    String transportId;

    @Option(names = "--dir", required = true, description = "Private directory for socket files and FIFOs.")
    Path directory;

    @Option(names = "--parent-pid", description = "Exit when this process is gone (default: the parent).")
    long parentPid = ParentWatch.parentPid();

    @Option(names = "--port", description = "TCP only: loopback port to listen on (default 0: any free port).")
    int port;

    @Option(names = "--allow-uid", split = ",", paramLabel = "UID",
            description = "Unix domain sockets only: close connections from any other uid (repeatable, or comma-separated).")
    Set<Integer> allowUids = Set.of();

    @Option(names = "--max-payload", description = "Largest payload accepted (default ${DEFAULT-VALUE}).")
    int maxPayload = Frame.DEFAULT_MAX_PAYLOAD;

    @Option(names = "--frame-budget", paramLabel = "BYTES",
            description = "Bytes all frame buffers together may take (default 0: half the direct-memory limit).")
    long frameBudget;

    @Option(names = "--frame-deadline-ms", paramLabel = "MS",
            description = "Close a connection whose frame is not complete this long after its first byte (default 10000).")
    long frameDeadlineMillis = ServerConfig.DEFAULT_FRAME_DEADLINE.toMillis();

    @Option(names = "--server", paramLabel = "MODEL", converter = ServerModelConverter.class,
            description = "How connections are scheduled: default, selector, virtual (default: default).")
    ServerModel serverModel = ServerModel.DEFAULT;

    @Option(names = "--protocol", paramLabel = "PROTOCOL",
            description = "What is spoken over the transport: raw (our frame), http1, grpc, jsonrpc (default: raw).")
    String protocolId = "raw";

    @Option(names = "--stall-every-ms", description = "Test only: pause all responses this often.")
    long stallEveryMillis;

    @Option(names = "--stall-ms", description = "Test only: length of each pause.")
    long stallMillis;

    @Option(names = "--delay-ns", paramLabel = "NANOS",
            description = "Test only: busy-wait this long before each response (InjectedDelay; default 0: none).")
    long delayNanos;

    public static void main(String[] args) {
        PrintStream stderr = System.err;
        System.setOut(stderr); // stdout may be the pipe we serve: nothing else may write to it
        System.exit(new CommandLine(new DaemonMain()).execute(args));
    }

    @Override
    public Integer call() {
        Transport transport;
        Server server;
        try {
            transport = Transports.get(transportId);
            String cause = transport.unavailabilityCause();
            if (cause != null) {
                throw new IllegalStateException(transportId + " is not available: " + cause);
            }
            Protocol protocol = Protocols.get(protocolId);
            DaemonLog log = DaemonLog.stderr(protocol.id().equals("raw") ? transportId : transportId + " " + protocol.id());
            AllowedUids allowed = new AllowedUids(allowUids);
            allowed.requireSupport(transport);
            String why = Daemon.whyNot(transport, protocol, serverModel, Runtime.version().feature());
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
            if (delayNanos != 0) {
                new InjectedDelay(transportId, delayNanos); // checked as the benchmark's setting is
            }
            server = protocol.bind(transport, new ServerConfig(directory, port, maxPayload, allowed,
                    StallInjector.everyMillis(stallEveryMillis, stallMillis).withDelay(delayNanos), log, FrameBudget.of(frameBudget),
                    Duration.ofMillis(frameDeadlineMillis), serverModel));
        } catch (Exception e) {
            System.err.println(ChildJvm.FAILED + e);
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                PrivateDirectory.delete(directory);
            } catch (Exception e) {
                System.err.println("ipcbench-daemon[" + transportId + "]: cleanup failed: " + e);
            }
        }, "ipcbench-daemon-cleanup"));
        ParentWatch.start(parentPid, "ipcbench-daemon[" + transportId + "]");
        System.err.println(ChildJvm.JVM + RunningJvm.thisVersion());
        System.err.println(ChildJvm.MODEL + server.model());
        if (delayNanos > 0) {
            System.err.println(ChildJvm.DELAY + delayNanos);
        }
        System.err.println(ChildJvm.READY + server.address());
        try {
            server.serve();
            return 0;
        } catch (Exception e) {
            System.err.println("ipcbench-daemon[" + transportId + "]: server failed: " + e);
            return 1;
        }
    }

    static final class ServerModelConverter implements CommandLine.ITypeConverter<ServerModel> {
        @Override
        public ServerModel convert(String value) {
            return ServerModel.of(value);
        }
    }
}
