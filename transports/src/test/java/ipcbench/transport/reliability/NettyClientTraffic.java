package ipcbench.transport.reliability;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import java.io.IOException;

/**
 * Main of a JVM of its own for {@link NettyLeakTest}: a Netty client's traffic against a daemon,
 * connections opened and closed, then a GC and more traffic so that Netty's leak detector (on at
 * the level the JVM was started with) reports on the client's buffers. Exits 0 when the traffic
 * went through; leaks are read from Netty's log by the test.
 *
 * <p>Usage: {@code NettyClientTraffic TRANSPORT_ID CLIENT_MODEL}.
 */
public final class NettyClientTraffic {
    private static final int[] PAYLOADS = {0, 64, 70_000, 1 << 20};

    private NettyClientTraffic() {
    }

    public static void main(String[] args) throws Exception {
        ClientModel model = ClientModel.of(args[1]);
        try (DaemonProcess daemon = Probes.start(args[0], DaemonOptions.defaults())) {
            for (int round = 0; round < 3; round++) {
                traffic(daemon, model);
                System.gc();
                Thread.sleep(100); // the reference handler queues what the collection found
            }
            traffic(daemon, model); // allocations after the last collection: the detector reports now
        }
    }

    /** Round trips of 0 B to 1 MiB, echoed and larger, then a close with responses unread and requests in flight. */
    static void traffic(DaemonProcess daemon, ClientModel model) throws IOException {
        try (ClientConnection client = daemon.connect(ClientConfig.defaults().withModel(model))) {
            int sequence = 0;
            for (int payload : PAYLOADS) {
                client.roundTrip(sequence++, payload, payload);
                client.roundTrip(sequence++, payload, 2 * payload + 1);
            }
            // responses read with the first and never received (client=caller: queued by its own run of the loop)
            int first = sequence;
            for (int i = 0; i < 3; i++) {
                client.send(sequence++, 64, 64);
            }
            pause(); // all three answered, so they are read at once
            client.receive(first, 64, 64);
            // requests in flight when the connection closes
            client.send(sequence++, 64, 64);
            client.send(sequence, 1 << 20, 1 << 20);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
