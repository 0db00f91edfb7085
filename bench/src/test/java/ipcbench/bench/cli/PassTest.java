package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's passes follow the transports' capabilities, not a list of names. */
class PassTest {

    @Test
    void nettyTransportsGetTheLongWarmUpInAPassOfTheirOwn() {
        List<Pass> passes = Pass.plan(List.of(Transports.get("uds-jdk"), Transports.get("uds-netty-epoll"),
                Transports.get("tcp-nio"), Transports.get("tcp-netty-epoll")));
        assertEquals(List.of(new Pass(List.of("uds-jdk", "tcp-nio"), false, false),
                new Pass(List.of("uds-netty-epoll", "tcp-netty-epoll"), true, false)), passes);
    }

    @Test
    void aTransportThatNeedsItsOwnCpusRunsApart() {
        List<Pass> passes = Pass.plan(List.of(new Spinning(), Transports.get("uds-jdk")));
        assertEquals(List.of(new Pass(List.of("uds-jdk"), false, false), new Pass(List.of("spin"), false, true)), passes);
    }

    @Test
    void noTransportsNoPasses() {
        assertEquals(List.of(), Pass.plan(List.of()));
    }

    /** A transport that busy-spins on both sides: never started here, only planned. */
    private static final class Spinning implements Transport {
        @Override
        public String id() {
            return "spin";
        }

        @Override
        public String description() {
            return "spins";
        }

        @Override
        public boolean needsOwnCpus() {
            return true;
        }

        @Override
        public Server bind(ServerConfig config) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ClientConnection connect(Endpoint endpoint, ClientConfig config) {
            throw new UnsupportedOperationException();
        }
    }
}
