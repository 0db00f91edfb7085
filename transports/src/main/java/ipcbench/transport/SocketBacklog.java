package ipcbench.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many pending connections a daemon's listening socket holds: the kernel's limit, as Netty
 * asks for. With Java's default of 50, a burst of a few thousand clients connecting at once
 * mostly failed (EAGAIN on a Unix socket; on TCP each dropped SYN cost its client a 1 s retry).
 */
public final class SocketBacklog {
    /** Linux's default since 5.4, when /proc cannot say. */
    static final int FALLBACK = 4096;
    private static final int SOMAXCONN = read(Path.of("/proc/sys/net/core/somaxconn"));

    private SocketBacklog() {
    }

    /** {@code /proc/sys/net/core/somaxconn}, read once. */
    public static int somaxconn() {
        return SOMAXCONN;
    }

    /** By lines: {@code Files.readString} of a /proc file (size 0) returned only "4" of "4096" here. */
    static int read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int value = lines.isEmpty() ? 0 : Integer.parseInt(lines.get(0).trim());
            return value > 0 ? value : FALLBACK;
        } catch (IOException | NumberFormatException e) {
            return FALLBACK;
        }
    }
}
