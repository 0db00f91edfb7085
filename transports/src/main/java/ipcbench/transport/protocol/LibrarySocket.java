package ipcbench.transport.protocol;

import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.tcp.Loopback;
import ipcbench.transport.uds.SocketFiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a protocol whose library opens its own sockets (Jetty, grpc-netty) listens for one of our
 * daemons: a socket file in the daemon's private (0700) directory, made 0600, or a port on
 * 127.0.0.1. The transport's id says which, and only the transports whose I/O the library really
 * uses are offered: {@code http1} over {@code uds-jdk} is Jetty on the JDK's own Unix domain
 * socket channels, exactly what uds-jdk measures.
 */
enum LibrarySocket {
    /** A port on the loopback address, as the TCP transports listen. */
    TCP,
    /** A socket file, as the Unix domain socket transports listen. */
    UNIX;

    /** The kind {@code transport} stands for in {@code offered}, or null when it is not offered. */
    static LibrarySocket of(Map<String, LibrarySocket> offered, Transport transport) {
        return offered.get(transport.id());
    }

    /**
     * Why {@code protocol} cannot run over {@code transport}: its library's I/O is not that
     * transport's, naming the ones it is.
     */
    static String whyNot(String protocol, String io, Map<String, LibrarySocket> offered, Transport transport) {
        if (offered.containsKey(transport.id())) {
            return null;
        }
        return protocol + " opens its sockets with " + io + ": it runs over " + String.join(" and ", offered.keySet())
                + ", whose I/O that is, not over " + transport.id();
    }

    /** The socket file of {@code protocol}'s daemon in {@code config}'s directory, claimed (a stale one removed). */
    static Path socketFile(ServerConfig config, String protocol) throws IOException {
        Path path = config.directory().resolve(protocol + ".sock");
        SocketFiles.claim(path, config.log());
        return path;
    }

    /** Owner read and write only, once the library has bound it. */
    static void restrict(Path socketFile) throws IOException {
        SocketFiles.restrict(socketFile);
    }

    static void remove(Path socketFile) throws IOException {
        SocketFiles.remove(socketFile);
    }

    /** The loopback address to listen on: {@code config}'s port, 0 for any free one. */
    static InetSocketAddress listenAddress(ServerConfig config) {
        return Loopback.listenAddress(config.port());
    }

    /** The ready line's address of a daemon listening on {@code port}. */
    static String address(int port) {
        return Loopback.address(port);
    }

    /** The port of a ready line's {@code HOST:PORT}. */
    static InetSocketAddress tcp(Endpoint endpoint) {
        return Loopback.parse(endpoint.address());
    }

    /** The socket file a ready line names. */
    static Path unix(Endpoint endpoint) {
        return Path.of(endpoint.address());
    }
}
