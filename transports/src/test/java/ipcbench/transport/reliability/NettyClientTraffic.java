package ipcbench.transport.reliability;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import java.io.IOException;

/**
 * Main of a JVM of its own for {@link NettyLeakTest}: a Netty client's traffic against a daemon,
 * connections opened and closed, then a GC and more traffic so that Netty's leak detector (on at
 * the level the JVM was started with) reports on the client's buffers. Exits 0 when the traffic
 * went through; leaks are read from Netty's log by the test.
 *
 * <p>Usage: {@code NettyClientTraffic TRANSPORT_ID}.
 */
public final class NettyClientTraffic {
    private static final int[] PAYLOADS = {0, 64, 70_000, 1 << 20};

    private NettyClientTraffic() {
    }

    public static void main(String[] args) throws Exception {
        try (DaemonProcess daemon = Probes.start(args[0], DaemonOptions.defaults())) {
            for (int round = 0; round < 3; round++) {
                traffic(daemon);
                System.gc();
                Thread.sleep(100); // the reference handler queues what the collection found
            }
            traffic(daemon); // allocations after the last collection: the detector reports now
        }
    }

    /** Round trips of 0 B to 1 MiB, echoed and larger, then a close with two requests in flight. */
    static void traffic(DaemonProcess daemon) throws IOException {
        try (ClientConnection client = daemon.connect(ClientConfig.defaults())) {
            int sequence = 0;
            for (int payload : PAYLOADS) {
                client.roundTrip(sequence++, payload, payload);
                client.roundTrip(sequence++, payload, 2 * payload + 1);
            }
            // requests in flight when the connection closes
            client.send(sequence++, 64, 64);
            client.send(sequence, 1 << 20, 1 << 20);
        }
    }
}
