package ipcbench.bench.jmh;

import ipcbench.bench.profile.ProfiledDaemon;
import ipcbench.bench.run.TargetRecord;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.protocol.Exchange;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.ProtocolRequest;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.protocol.Session;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A daemon nobody here wrote, per trial: the session its clients share (checked with one request
 * before the first iteration), and the processes holding its socket, whose CPU the profiler then
 * reads as the daemon's. The daemon is not started or stopped: what the session wrote is removed.
 */
@State(Scope.Benchmark)
public class TargetState {

    /** {@code unix:/path/to/socket} or {@code tcp:HOST:PORT} with a loopback host. */
    @Param(ProtocolRequest.DEFAULT)
    public String target;

    /** {@code raw}, {@code resp} or {@code http1} (the registry: {@link Protocols}). */
    @Param("raw")
    public String protocol;

    /** What each request is, in the protocol's words ({@code PING}, {@code GET /_ping}); {@code -}: its default. */
    @Param(ProtocolRequest.DEFAULT)
    public String request;

    /** Bytes of value (resp), request body (http1) or frame payload (raw). */
    @Param("0")
    public int payload;

    /** What a good answer is beyond the protocol's own checks ({@code status=200 bytes=1024} for http1); {@code -}: its default. */
    @Param(ProtocolRequest.DEFAULT)
    public String expect;

    private Session session;

    @Setup(Level.Trial)
    public void open() throws IOException {
        if (target.equals(ProtocolRequest.DEFAULT)) {
            throw new IllegalArgumentException("no target: give -p target=unix:/path/to/socket or tcp:HOST:PORT");
        }
        TargetAddress address = TargetAddress.parse(target);
        Protocol spoken = Protocols.get(protocol);
        session = spoken.open(address, spoken.resolve(new ProtocolRequest(request, payload, expect)),
                ClientConfig.defaults());
        TargetRecord record = TargetRecord.of(protocol, address, session);
        ProfiledDaemon.set(record.pids());
        record.appendToRun();
        // Goes to the JMH log, so a result can be traced to the daemon that produced it.
        System.out.println("# ipcbench target: " + target + " (" + protocol + "), " + record.describe());
    }

    /** A new client of this trial's daemon. */
    Exchange connect() throws IOException {
        return session.connect();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (session != null) {
            // Now, or after the CPU profiler's last reading of this trial (JMH ends the trial first).
            ProfiledDaemon.stopAfterReading(session);
            session = null;
        }
    }
}
