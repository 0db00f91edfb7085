package ipcbench.transport.target;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processes that hold a target's listening socket, from {@code /proc} as {@code ss -xlp} and
 * {@code ss -ltnp} find them: the socket's inode in {@code /proc/net/unix} (by path) or
 * {@code /proc/net/tcp}, {@code tcp6} (by port, on the address or the wildcard), then every
 * {@code /proc/<pid>/fd} link to {@code socket:[inode]}. A daemon with worker processes (nginx)
 * has several; their CPU is the daemon's. Processes of other users cannot be read unless this
 * runs as root: then none is found, and the result says so.
 */
public final class SocketOwners {
    /** {@code __SO_ACCEPTCON} in /proc/net/unix's flags: the socket listens. */
    private static final int ACCEPTING = 0x10000;
    private static final String TCP_LISTEN = "0A";

    private SocketOwners() {
    }

    /**
     * What was found.
     *
     * @param pids the processes holding the socket, lowest first (a master before its workers); empty if none was found
     * @param how  how they were found, or why none was
     */
    public record Owners(List<Long> pids, String how) {
        public Owners {
            pids = List.copyOf(pids);
        }

        public boolean found() {
            return !pids.isEmpty();
        }
    }

    public static Owners find(TargetAddress address) {
        Path proc = Path.of("/proc");
        try {
            Set<String> inodes = address.isSocketFile() ? unixInodes(proc, address.socketFile())
                    : tcpInodes(proc, address.tcp().getAddress(), address.tcp().getPort());
            String where = address.isSocketFile() ? "/proc/net/unix" : "/proc/net/tcp, tcp6";
            if (inodes.isEmpty()) {
                return new Owners(List.of(), "no listening socket for " + address + " in " + where);
            }
            int[] unreadable = new int[1];
            List<Long> pids = holders(proc, inodes, unreadable);
            if (pids.isEmpty()) {
                return new Owners(List.of(), "socket inode " + String.join(",", inodes) + " in " + where
                        + ", but no readable process holds it (" + unreadable[0] + " processes' descriptors could"
                        + " not be read: run as the daemon's user or root to measure its CPU)");
            }
            return new Owners(pids, "socket inode " + String.join(",", inodes) + " in " + where + ", held by pid "
                    + pids);
        } catch (IOException e) {
            return new Owners(List.of(), "cannot read /proc: " + e);
        }
    }

    /** Listening stream sockets bound to {@code path} (also as its real path: /var/run is often /run). */
    static Set<String> unixInodes(Path proc, Path path) throws IOException {
        Set<String> names = new HashSet<>(List.of(path.toString()));
        try {
            names.add(path.toRealPath().toString());
        } catch (IOException e) {
            // gone or unreadable: the name as given is all there is to match
        }
        Set<String> inodes = new TreeSet<>();
        List<String> lines = Files.readAllLines(proc.resolve("net/unix"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            // Num RefCount Protocol Flags Type St Inode [Path]
            if (f.length >= 8 && (Integer.parseInt(f[3], 16) & ACCEPTING) != 0 && names.contains(f[7])) {
                inodes.add(f[6]);
            }
        }
        return inodes;
    }

    /** Listening TCP sockets on {@code port} that take connections to {@code address} (it, or the wildcard). */
    static Set<String> tcpInodes(Path proc, InetAddress address, int port) throws IOException {
        Set<String> inodes = new TreeSet<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            Path file = proc.resolve(table);
            if (!Files.exists(file)) {
                continue; // no IPv6 in this kernel
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                String[] local = f[1].split(":");
                if (f[3].equals(TCP_LISTEN) && Integer.parseInt(local[1], 16) == port) {
                    InetAddress bound = procAddress(local[0]);
                    if (bound.isAnyLocalAddress() || bound.equals(address)) {
                        inodes.add(f[9]);
                    }
                }
            }
        }
        return inodes;
    }

    /** /proc/net/tcp's hex address: 32-bit words in the machine's (little-endian) byte order. */
    static InetAddress procAddress(String hex) throws UnknownHostException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes); // ::ffff:a.b.c.d comes back as a.b.c.d
    }

    private static List<Long> holders(Path proc, Set<String> inodes, int[] unreadable) throws IOException {
        Set<String> links = new HashSet<>();
        inodes.forEach(inode -> links.add("socket:[" + inode + "]"));
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (links.contains(readLink(fd))) {
                            pids.add(Long.parseLong(process.getFileName().toString()));
                            break;
                        }
                    }
                } catch (AccessDeniedException e) {
                    unreadable[0]++;
                } catch (NoSuchFileException e) {
                    // the process ended meanwhile
                }
            }
        }
        pids.sort(null);
        return pids;
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return ""; // closed meanwhile
        }
    }
}
