package ipcbench.transport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ipcbench.transport.AllowedUids;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.daemon.PrivateDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Who can reach a daemon: file modes, the loopback address, and the peer-credential check. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecurityTest {
    private static final int NOBODY = 65534;

    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#allTransports")
    void directoryIs0700AndEverySocketOrFifoIn0600(String transportId) throws Exception {
        try (DaemonProcess daemon = Probes.start(transportId)) {
            Path directory = daemon.endpoint().directory();
            assertEquals("rwx------", mode(directory), directory.toString());
            List<Path> files;
            try (Stream<Path> list = Files.list(directory)) {
                files = list.toList();
            }
            // A socket file, a FIFO pair, a shared-memory ring file; TCP and stdio have none.
            boolean hasFiles = Transports.get(transportId).checksPeerCredentials() || transportId.equals("pipe-fifo")
                    || transportId.startsWith("shm-");
            assertEquals(hasFiles, !files.isEmpty(), "files in " + directory + ": " + files);
            for (Path file : files) {
                assertEquals("rw-------", mode(file), file.toString());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#tcpTransports")
    void tcpListensOn127001Only(String transportId) throws Exception {
        try (DaemonProcess daemon = Probes.start(transportId)) {
            String address = daemon.endpoint().address();
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            Set<String> listening = ListeningSockets.localAddresses(port);
            assertFalse(listening.isEmpty(), "no listening socket on port " + port);
            assertEquals(Set.of("127.0.0.1"), listening, "daemon listens on " + listening);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp-nio", "pipe-fifo"})
    void allowUidIsRefusedAtStartWhereThereAreNoPeerCredentials(String transportId) {
        IOException e = assertThrows(IOException.class, () -> Probes.start(transportId,
                DaemonOptions.defaults().withAllowUids(new AllowedUids(Set.of(0)))).close());
        assertTrue(e.getMessage().contains("--allow-uid applies to Unix domain socket transports only; "
                + transportId + " has no peer credentials to check"), e.getMessage());
    }

    /**
     * The daemon allows root only; a client running as nobody is closed with a log line. The
     * test opens the directory and socket to others first, so the credential check is the only
     * thing in nobody's way.
     */
    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#unixSocketTransports")
    void allowUidClosesAnyOtherUserWithALogLine(String transportId) throws Exception {
        assumeTrue(new com.sun.security.auth.module.UnixSystem().getUid() == 0,
                "needs root, to run a client as another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv, to run a client as nobody");
        Path classes = Files.createTempDirectory("rawclient-");
        try (DaemonProcess daemon = Probes.start(transportId,
                DaemonOptions.defaults().withAllowUids(new AllowedUids(Set.of(0))))) {
            Path socket = Path.of(daemon.endpoint().address());
            Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwx--x--x"));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            String classPath = readableByAll(classes, transportId.equals(RawClient.SEQPACKET_TRANSPORT));

            Process asNobody = Probes.javaMain(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                    "--clear-groups"), classPath, RawClient.class, transportId, socket.toString(), "round-trip");
            String outcome = Probes.firstLine(asNobody);
            String line = Probes.awaitLogLine(daemon, "is not allowed (--allow-uid 0)");
            System.out.println("SECURITY allow-uid " + transportId + ": nobody's client: " + outcome + "; " + line);
            assertTrue(outcome.equals("CLOSED") || outcome.startsWith("ERROR"), outcome);
            assertTrue(line.contains("rejected: peer uid " + NOBODY) || line.contains("rejected: peer user nobody"), line);

            try (RawClient asRoot = RawClient.connect(transportId, socket.toString())) {
                asRoot.send(RawClient.header(0, 0, RawClient.MAGIC, 7));
                assertEquals(7, asRoot.readResponseHeader(), "root, the allowed uid, is answered");
            }
        } finally {
            PrivateDirectory.delete(classes);
        }
    }

    /**
     * RawClient's class files (they need nothing else), and junixsocket's jars when asked (a
     * SOCK_SEQPACKET client), where nobody can read them; the class path to give.
     */
    private static String readableByAll(Path root, boolean withJunixsocket) throws IOException {
        List<String> classPath = new ArrayList<>(List.of(root.toString()));
        for (Class<?> type : List.of(RawClient.class, RawClient.Seqpacket.class)) {
            String relative = type.getName().replace('.', '/') + ".class";
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            try (var in = RawClient.class.getClassLoader().getResourceAsStream(relative)) {
                Files.copy(in, target);
            }
        }
        if (withJunixsocket) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path jar = Path.of(entry);
                if (jar.getFileName().toString().startsWith("junixsocket-")) {
                    classPath.add(Files.copy(jar, root.resolve(jar.getFileName())).toString());
                }
            }
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(java.io.File.pathSeparator, classPath);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Listening TCP sockets as the kernel lists them in /proc/net/tcp and tcp6. */
    static final class ListeningSockets {
        private static final String LISTEN = "0A";
        private static final String V4_MAPPED_PREFIX = "0000000000000000FFFF0000";

        /** Local addresses (dotted IPv4, or the hex of an IPv6 one) listening on {@code port}. */
        static Set<String> localAddresses(int port) throws IOException {
            String portHex = String.format(":%04X", port);
            return Stream.of("tcp", "tcp6")
                    .flatMap(table -> lines(Path.of("/proc/net", table)).skip(1))
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields[3].equals(LISTEN) && fields[1].endsWith(portHex))
                    .map(fields -> address(fields[1].substring(0, fields[1].indexOf(':'))))
                    .collect(Collectors.toSet());
        }

        private static Stream<String> lines(Path path) {
            try {
                return Files.readAllLines(path).stream();
            } catch (IOException e) {
                return Stream.empty(); // no IPv6 here
            }
        }

        /** /proc/net prints an IPv4 address as one little-endian word; a mapped one in tcp6 after 96 bits. */
        private static String address(String hex) {
            String v4 = hex.length() == 8 ? hex : hex.startsWith(V4_MAPPED_PREFIX) ? hex.substring(24) : null;
            if (v4 == null) {
                return hex;
            }
            int word = Integer.reverseBytes((int) Long.parseLong(v4, 16));
            return (word >>> 24) + "." + (word >>> 16 & 0xff) + "." + (word >>> 8 & 0xff) + "." + (word & 0xff);
        }
    }
}
