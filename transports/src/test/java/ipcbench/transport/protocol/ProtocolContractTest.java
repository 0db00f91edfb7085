package ipcbench.transport.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every protocol our daemons speak must do over every transport it runs over, against a real
 * daemon in its own process: echo at 0, 64 B and 64 KiB, answer the response size asked for, serve
 * eight clients at once where the transport allows, and open a connection per client for the
 * command-line pattern. A pair's test is a subclass naming the protocol and the transport.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
public abstract class ProtocolContractTest {
    private Daemon daemon;

    protected abstract String protocolId();

    protected abstract String transportId();

    private Transport transport() {
        return Transports.get(transportId());
    }

    /** A session with the test's daemon; over a stream that cannot be reopened (stdio), each with a daemon of its own. */
    private Session start(Sizes sizes) throws Exception {
        if (daemon != null && !transport().reconnectable()) {
            daemon.close(); // its one stream ended with the last session
            daemon = null;
        }
        if (daemon == null) {
            daemon = Daemon.start(transport(), Daemon.Mode.PROCESS, DaemonOptions.defaults().withProtocol(protocolId()));
            assertFalse(daemon.model().isBlank());
        }
        return daemon.session(sizes, ClientConfig.defaults());
    }

    @AfterEach
    void stopDaemon() throws Exception {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void echoesEverySize() throws Exception {
        for (int size : new int[] {0, 1, 64, 65536, 64, 0}) {
            try (Session session = start(Sizes.echo(size)); Exchange client = session.connect()) {
                for (int i = 0; i < 70; i++) { // past the every-64th full check
                    client.roundTrip(i);
                }
            }
        }
    }

    @Test
    void answersWithTheResponseSizeAskedFor() throws Exception {
        int[][] shapes = {{64, 16384}, {16384, 64}, {0, 100}, {100, 0}, {100, 3}, {3, 5}, {65536, 7}, {7, 65536}};
        for (int[] shape : shapes) {
            try (Session session = start(new Sizes(shape[0], shape[1])); Exchange client = session.connect()) {
                for (int i = 0; i < 5; i++) {
                    client.roundTrip(i);
                }
            }
        }
    }

    @Test
    void oneThreadSendsAndAnotherReceives() throws Exception {
        ExecutorService receiver = Executors.newSingleThreadExecutor();
        try (Session session = start(Sizes.echo(64)); Exchange client = session.connect()) {
            for (int i = 0; i < 50; i++) {
                client.send(i);
                int sequence = i;
                receiver.submit(() -> {
                    client.receive(sequence);
                    return null;
                }).get(10, TimeUnit.SECONDS);
            }
        } finally {
            receiver.shutdownNow();
        }
    }

    @Test
    void servesEightClientsAtOnce() throws Exception {
        assumeTrue(transport().maxClients() >= 8, transportId() + " serves one client at a time");
        try (Session session = start(Sizes.echo(1024))) {
            ConcurrentClients.roundTrips(session, 8, 200, 60);
        }
    }

    @Test
    void aClientPerConnectionAsACommandLineClient() throws Exception {
        assumeTrue(transport().reconnectable(), transportId() + " cannot connect again");
        try (Session session = start(Sizes.echo(64))) {
            for (int i = 0; i < 50; i++) {
                try (Exchange once = session.connectOnce()) {
                    once.roundTrip(i);
                }
            }
        }
    }

    @Test
    void theDaemonSaysWhatServesIt() throws Exception {
        try (Session session = start(Sizes.echo(0))) {
            assertTrue(daemon.protocol().id().equals(protocolId()), daemon.protocol().id());
            System.out.println("PROTOCOL " + protocolId() + " over " + transportId() + ": " + daemon.model()
                    + "; says it is " + session.daemonVersion());
        }
    }
}
