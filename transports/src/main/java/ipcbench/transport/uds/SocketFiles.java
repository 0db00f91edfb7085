package ipcbench.transport.uds;

import ipcbench.transport.DaemonLog;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The life of a socket file: claimed before bind, made 0600 after, removed on close. */
final class SocketFiles {
    private SocketFiles() {
    }

    /**
     * Makes {@code path} free to bind: a file left by a crashed daemon is removed, but a socket
     * that a live daemon still listens on is refused, naming it.
     */
    static void claim(Path path, DaemonLog log) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException nobodyListens) {
            Files.delete(path);
            log.log("removed stale socket file " + path + " (nothing listened on it)");
            return;
        }
        throw new IOException("socket file " + path + " is in use: another daemon listens on it");
    }

    /** Owner read and write only: other users cannot connect (the directory is 0700 as well). */
    static void restrict(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }

    static void remove(Path path) throws IOException {
        Files.deleteIfExists(path);
    }
}
