package ipcbench.bench.jmh;

import ipcbench.bench.profile.ProfiledDaemon;
import ipcbench.bench.run.DaemonRecord;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.protocol.Exchange;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.protocol.Session;
import ipcbench.transport.protocol.Sizes;
import java.io.IOException;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One daemon per trial, shared by all benchmark threads: started in its own JVM before the
 * first warm-up iteration (so its start-up is never measured) and stopped after the last one.
 */
@State(Scope.Benchmark)
public class DaemonState {

    /**
     * Which transport to measure; every registered one by default. A compile-time list, as JMH
     * wants: TransportParamTest keeps it equal to {@link Transports#ids()}.
     */
    @Param({"tcp-socket", "tcp-nio", "tcp-netty-epoll", "uds-jdk", "uds-junixsocket", "uds-netty-epoll",
            "pipe-stdio", "pipe-fifo", "uds-seqpacket", "shm-spin", "shm-park", "tcp-netty-iouring",
            "uds-netty-iouring"})
    public String transport;

    /** {@code process} (the daemon in its own JVM) or {@code in-process} (a thread here, for comparison). */
    @Param("process")
    public String daemon;

    /**
     * How the daemon schedules connections: {@code default} (the transport's own), {@code selector},
     * {@code virtual} ({@link ServerModel}); a transport without it is not applicable, with the reason.
     */
    @Param("default")
    public String server;

    /** How the clients wait for responses: {@code default}, or {@code caller} for Netty ({@link ClientModel}). */
    @Param("default")
    public String client;

    /**
     * What daemon and clients speak over the transport: {@code raw} (our frame, every transport),
     * {@code http1}, {@code grpc}, {@code jsonrpc} ({@link Protocols}); a transport a protocol does not
     * run over is not applicable, with the reason.
     */
    @Param("raw")
    public String protocol = "raw";

    private Daemon running;
    /** The protocol's session, its clients' shared state (Jetty's pool, gRPC's channel); null for raw. */
    private Session session;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void start(BenchmarkParams params) throws IOException {
        Applicability.check(params, Transports.get(transport), Protocols.get(protocol), ServerModel.of(server),
                ClientModel.of(client), options().java());
        startDaemon();
        record().appendToRun(); // the log line, structured, for the run's env.json
        if (!raw()) {
            session = running.session(sizes(params), clientConfig());
        }
    }

    /**
     * The request and response payload of each of this trial's requests: the {@code payload} and
     * {@code response} parameters where the benchmark has them (RoundTrip), else 64 B each way.
     */
    static Sizes sizes(BenchmarkParams params) {
        String payload = params.getParam("payload");
        if (payload == null) {
            return Sizes.echo(Concurrency.PAYLOAD);
        }
        int request = Integer.parseInt(payload);
        String response = params.getParam("response");
        return new Sizes(request, response == null || response.equals("echo") ? request : Integer.parseInt(response));
    }

    /** Whether the daemon speaks our frame: clients then use the transport's connection directly, as always. */
    boolean raw() {
        return protocol.equals("raw");
    }

    /** Starts this trial's daemon, whose benchmark and thread count have been checked. */
    void startDaemon() throws IOException {
        running = Daemon.start(Transports.get(transport), Daemon.Mode.of(daemon), options());
        if (running instanceof DaemonProcess process) {
            ProfiledDaemon.set(process.pid());
        }
        // Goes to the JMH log, so a result can be traced to the server model that produced it.
        System.out.println("# ipcbench daemon: " + transport + (raw() ? "" : " " + protocol) + " (" + daemon + "), "
                + running.model()
                + ", endpoint " + running.endpoint().address()
                + (running.injectedDelayNanos() > 0 ? ", INJECTED DELAY " + running.injectedDelayNanos()
                        + " ns before each response (test only)" : ""));
    }

    private DaemonOptions options() {
        return DaemonOptions.defaults().withServerModel(ServerModel.of(server)).withProtocol(protocol);
    }

    private ClientConfig clientConfig() {
        return ClientConfig.defaults().withModel(ClientModel.of(client));
    }

    /** The running daemon, as the run's records keep it. */
    DaemonRecord record() {
        return DaemonRecord.of(running);
    }

    /** A new verified connection to this trial's daemon, which speaks our frame. */
    public ClientConnection connect() throws IOException {
        return running.connect(clientConfig());
    }

    /** A new client of this trial's daemon in its protocol (not raw): the session's, open for the trial. */
    Exchange exchange() throws IOException {
        return session.connect();
    }

    /** A client of its own connection, closed with it (the command-line pattern), in the protocol (not raw). */
    Exchange exchangeOnce() throws IOException {
        return session.connectOnce();
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Trial)
    public void stop() throws IOException {
        if (session != null) {
            session.close();
            session = null;
        }
        if (running != null) {
            // Now, or after the CPU profiler's last reading of this trial (JMH ends the trial first).
            ProfiledDaemon.stopAfterReading(running);
            running = null;
        }
    }
}
