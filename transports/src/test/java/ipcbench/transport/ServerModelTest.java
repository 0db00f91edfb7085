package ipcbench.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.RunningJvm;
import ipcbench.transport.netty.NettyTransport;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which transport offers which server and client model, and what a model needs of the daemon's JVM. */
class ServerModelTest {
    private static String why(String transport, ServerModel model, int java) {
        return model.whyNotFor(Transports.get(transport), java);
    }

    @Test
    void everyTransportRunsItsDefaultModelOnAnyJdk() {
        for (Transport transport : Transports.all().values()) {
            assertNull(ServerModel.DEFAULT.whyNotFor(transport, 17), transport.id());
            assertNull(transport.whyNotClient(ClientModel.DEFAULT), transport.id());
        }
    }

    @Test
    void onlyTheNettyClientsCanBeRunByTheCaller() {
        for (Transport transport : Transports.all().values()) {
            String why = transport.whyNotClient(ClientModel.CALLER);
            if (transport instanceof NettyTransport) {
                assertNull(why, transport.id());
            } else {
                assertEquals(transport.id() + "'s client does its I/O on the caller's thread already (no event loop to "
                        + "hand off from)", why);
            }
        }
    }

    @Test
    void aSelectorNeedsASelectableChannel() {
        assertNull(why("tcp-nio", ServerModel.SELECTOR, 17));
        assertNull(why("uds-jdk", ServerModel.SELECTOR, 17));
        assertTrue(why("tcp-socket", ServerModel.SELECTOR, 25).contains("no selectable channel"));
        assertTrue(why("uds-junixsocket", ServerModel.SELECTOR, 25).contains("no selectable channel"));
        assertTrue(why("pipe-stdio", ServerModel.SELECTOR, 25).contains("one stream"));
        assertTrue(why("tcp-netty-epoll", ServerModel.SELECTOR, 25).contains("its own"));
    }

    @Test
    void virtualThreadsNeedJdk21ForEveryBlockingSocketTransport() {
        for (String id : new String[] {"tcp-socket", "tcp-nio", "uds-jdk"}) {
            assertNull(why(id, ServerModel.VIRTUAL, 21), id);
            assertEquals("server model virtual needs a daemon JVM of 21 or later; the daemon's is 17"
                    + " (give another with --daemon-java)", why(id, ServerModel.VIRTUAL, 17));
        }
        assertTrue(why("uds-junixsocket", ServerModel.VIRTUAL, 25).contains("pin their carrier thread"));
        assertNotNull(why("pipe-fifo", ServerModel.VIRTUAL, 25));
        assertNotNull(why("uds-netty-epoll", ServerModel.VIRTUAL, 25));
    }

    @Test
    void aDaemonOnAJvmTooOldForItsModelIsRefusedBeforeItStarts() {
        DaemonOptions options = DaemonOptions.defaults().withServerModel(ServerModel.VIRTUAL)
                .withJava(RunningJvm.currentJava());
        if (Runtime.version().feature() < 21) {
            IOException e = assertThrows(IOException.class,
                    () -> Daemon.start(Transports.get("uds-jdk"), Daemon.Mode.PROCESS, options));
            assertTrue(e.getMessage().contains("needs a daemon JVM of 21"), e.getMessage());
            e = assertThrows(IOException.class,
                    () -> Daemon.start(Transports.get("uds-jdk"), Daemon.Mode.IN_PROCESS, options));
            assertTrue(e.getMessage().contains("needs a daemon JVM of 21"), e.getMessage());
        }
        IOException e = assertThrows(IOException.class, () -> Daemon.start(Transports.get("tcp-socket"),
                Daemon.Mode.PROCESS, DaemonOptions.defaults().withServerModel(ServerModel.SELECTOR)));
        assertTrue(e.getMessage().contains("no selectable channel"), e.getMessage());
    }

    @Test
    void modelsAreNamedAsUsersTypeThem() {
        assertEquals(ServerModel.SELECTOR, ServerModel.of("selector"));
        assertEquals(ClientModel.CALLER, ClientModel.of("caller"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerModel.of("threads"));
        assertEquals("unknown server model 'threads'; known: default, selector, virtual", e.getMessage());
    }
}
