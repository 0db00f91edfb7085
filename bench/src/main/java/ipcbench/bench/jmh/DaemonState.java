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

    private Daemon running;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void start(BenchmarkParams params) throws IOException {
        Applicability.check(params, Transports.get(transport), ServerModel.of(server), ClientModel.of(client),
                options().java());
        startDaemon();
        record().appendToRun(); // the log line, structured, for the run's env.json
    }

    /** Starts this trial's daemon, whose benchmark and thread count have been checked. */
    void startDaemon() throws IOException {
        running = Daemon.start(Transports.get(transport), Daemon.Mode.of(daemon), options());
        if (running instanceof DaemonProcess process) {
            ProfiledDaemon.set(process.pid());
        }
        // Goes to the JMH log, so a result can be traced to the server model that produced it.
        System.out.println("# ipcbench daemon: " + transport + " (" + daemon + "), " + running.model()
                + ", endpoint " + running.endpoint().address());
    }

    private DaemonOptions options() {
        return DaemonOptions.defaults().withServerModel(ServerModel.of(server));
    }

    /** The running daemon, as the run's records keep it. */
    DaemonRecord record() {
        return DaemonRecord.of(running);
    }

    /** A new verified connection to this trial's daemon. */
    public ClientConnection connect() throws IOException {
        return running.connect(ClientConfig.defaults().withModel(ClientModel.of(client)));
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Trial)
    public void stop() throws IOException {
        if (running != null) {
            // Now, or after the CPU profiler's last reading of this trial (JMH ends the trial first).
            ProfiledDaemon.stopAfterReading(running);
            running = null;
        }
    }
}
