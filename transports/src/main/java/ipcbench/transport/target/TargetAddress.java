package ipcbench.transport.target;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a daemon that is not ours listens: {@code unix:/path/to/socket} or {@code tcp:HOST:PORT}
 * with a loopback host (127.0.0.0/8, {@code localhost}, {@code [::1]}). This tool measures local
 * IPC: anything else is refused by {@link #parse} with a message that says why, before any
 * connection, so it is never turned on a remote host by accident.
 *
 * @param label as the user wrote it, normalised ({@code tcp:127.0.0.1:6379}): the JMH parameter {@code target}
 * @param socketFile the socket file, or null for a TCP port
 * @param tcp        the loopback address and port, or null for a socket file
 */
public record TargetAddress(String label, Path socketFile, InetSocketAddress tcp) {
    private static final Pattern TCP = Pattern.compile("tcp:(\\[[^\\]]*\\]|[^:\\[\\]]*):([^:]*)");
    private static final String SYNTAX = "an endpoint is unix:/path/to/socket or tcp:HOST:PORT with a loopback HOST"
            + " (127.0.0.0/8, localhost, [::1])";

    /** A TCP port or a socket file, named as the user named it; never a host that is not this machine. */
    public static TargetAddress parse(String text) {
        if (text.startsWith("unix:")) {
            String path = text.substring("unix:".length());
            if (!path.startsWith("/")) {
                throw refused(text, "the socket file must be an absolute path");
            }
            if (path.length() > 107) { // sun_path holds 108 bytes with the terminating NUL
                throw refused(text, "a socket path has at most 107 bytes");
            }
            return new TargetAddress(text, Path.of(path), null);
        }
        Matcher tcp = TCP.matcher(text);
        if (!tcp.matches()) {
            throw refused(text, SYNTAX);
        }
        String host = tcp.group(1);
        int port = port(text, tcp.group(2));
        InetAddress loopback = loopback(text, host);
        String shown = loopback.getAddress().length == 16 ? "[" + loopback.getHostAddress() + "]"
                : loopback.getHostAddress();
        return new TargetAddress("tcp:" + shown + ":" + port, null, new InetSocketAddress(loopback, port));
    }

    public boolean isSocketFile() {
        return socketFile != null;
    }

    /**
     * The loopback address {@code host} names. Only literals and {@code localhost} (resolved here to
     * the loopback address, whatever /etc/hosts says), so no name lookup can lead elsewhere.
     */
    private static InetAddress loopback(String text, String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = host.startsWith("[") && literal.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            throw refused(text, "HOST must be a loopback address or localhost, not the name '" + host
                    + "' (names are not looked up: this tool measures this machine only)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(literal); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            throw refused(text, "'" + host + "' is not an IP address");
        }
        if (!address.isLoopbackAddress()) {
            throw refused(text, host + " is not a loopback address (127.0.0.0/8 or [::1]): this tool measures"
                    + " local IPC and never connects to another host");
        }
        return address;
    }

    private static int port(String text, String port) {
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw refused(text, "PORT must be a number from 1 to 65535, got '" + port + "'");
        }
        return Integer.parseInt(port);
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("endpoint '" + text + "' refused: " + why);
    }

    @Override
    public String toString() {
        return label;
    }
}
