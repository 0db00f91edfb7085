package ipcbench.transport.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.daemon.PrivateDirectory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The owner of a listening socket is found as ss -xlp and ss -ltnp find it: this JVM for its own listeners. */
class SocketOwnersTest {
    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void findsTheProcessListeningOnASocketFile() throws Exception {
        Path directory = PrivateDirectory.create();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Path socket = directory.resolve("owner.sock");
            server.bind(UnixDomainSocketAddress.of(socket));
            SocketOwners.Owners owners = SocketOwners.find(TargetAddress.parse("unix:" + socket));
            assertEquals(List.of(SELF), owners.pids(), owners.how());
            assertTrue(owners.how().contains("/proc/net/unix"), owners.how());
        } finally {
            PrivateDirectory.delete(directory);
        }
    }

    @Test
    void findsTheProcessListeningOnALoopbackPortOrTheWildcard() throws Exception {
        for (InetAddress bind : List.of(InetAddress.getLoopbackAddress(), InetAddress.getByName("0.0.0.0"))) {
            try (ServerSocketChannel server = ServerSocketChannel.open()) {
                server.bind(new InetSocketAddress(bind, 0));
                int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
                SocketOwners.Owners owners = SocketOwners.find(TargetAddress.parse("tcp:127.0.0.1:" + port));
                assertEquals(List.of(SELF), owners.pids(), bind + ": " + owners.how());
            }
        }
    }

    @Test
    void saysWhyWhenNobodyListens() throws Exception {
        SocketOwners.Owners owners = SocketOwners.find(TargetAddress.parse("unix:/nonexistent/ipcbench.sock"));
        assertFalse(owners.found());
        assertEquals("no listening socket for unix:/nonexistent/ipcbench.sock in /proc/net/unix", owners.how());
        int port;
        try (ServerSocketChannel closed = ServerSocketChannel.open()) {
            closed.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = ((InetSocketAddress) closed.getLocalAddress()).getPort();
        }
        assertFalse(SocketOwners.find(TargetAddress.parse("tcp:127.0.0.1:" + port)).found());
    }

    @Test
    void readsProcAddressesInTheKernelsWordOrder() throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"), SocketOwners.procAddress("0100007F"));
        assertEquals(InetAddress.getByName("::1"), SocketOwners.procAddress("00000000000000000000000001000000"));
        assertEquals(InetAddress.getByName("127.0.0.1"), SocketOwners.procAddress("0000000000000000FFFF00000100007F"));
    }
}
