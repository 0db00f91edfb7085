package ipcbench.transport.uds;

import ipcbench.transport.DaemonLog;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The life of a socket file: claimed before bind, made 0600 after, removed on close. Public for the
 * protocols whose library opens its own sockets (Jetty, grpc-netty).
 */
public final class SocketFiles {
    private SocketFiles() {
    }

    /** Connects to a socket file as the transport's clients do; throws when nothing listens there. */
    @FunctionalInterface
    interface Probe {
        void connect(Path path) throws IOException;
    }

    /** As {@link #claim(Path, DaemonLog, Probe)} for a stream socket. */
    public static void claim(Path path, DaemonLog log) throws IOException {
        claim(path, log, file -> {
            try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                probe.connect(UnixDomainSocketAddress.of(file));
            }
        });
    }

    /**
     * Makes {@code path} free to bind: a file left by a crashed daemon is removed, but a socket
     * that a live daemon still listens on is refused, naming it. {@code probe} connects with the
     * transport's own socket type: a probe of another type fails on a live socket too.
     */
    static void claim(Path path, DaemonLog log, Probe probe) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try {
            probe.connect(path);
        } catch (IOException nobodyListens) {
            Files.deleteIfExists(path);
            log.log("removed stale socket file " + path + " (nothing listened on it)");
            return;
        }
        throw new IOException("socket file " + path + " is in use: another daemon listens on it");
    }

    /** Owner read and write only: other users cannot connect (the directory is 0700 as well). */
    public static void restrict(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }

    public static void remove(Path path) throws IOException {
        Files.deleteIfExists(path);
    }
}
