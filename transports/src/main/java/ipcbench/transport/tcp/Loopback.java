package ipcbench.transport.tcp;

import ipcbench.transport.SocketBacklog;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * TCP transports listen on the loopback address only: on the configured port, or one the kernel picks (0).
 * Public for the protocols whose library opens its own sockets (Jetty, grpc-netty).
 */
public final class Loopback {
    private Loopback() {
    }

    /** Binds a listening socket; a port in use fails with a message that names it. */
    @FunctionalInterface
    interface Binder {
        void bind(InetSocketAddress address, int backlog) throws IOException;
    }

    public static InetSocketAddress listenAddress(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    static void bind(int port, Binder binder) throws IOException {
        try {
            binder.bind(listenAddress(port), SocketBacklog.somaxconn());
        } catch (BindException e) {
            throw new BindException("cannot listen on " + address(port) + ": " + e.getMessage()
                    + " (another process holds the port; port 0 picks a free one)");
        }
    }

    public static String address(int port) {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    /**
     * {@code HOST:PORT} as {@link #address} writes it, or with another loopback literal as a
     * measured target's endpoint has it ({@code 127.0.0.2:6379}, {@code [::1]:6379}); the host is
     * always a literal, so nothing is looked up.
     */
    public static InetSocketAddress parse(String address) {
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon).replace("[", "").replace("]", "");
        return new InetSocketAddress(host, Integer.parseInt(address.substring(colon + 1)));
    }
}
