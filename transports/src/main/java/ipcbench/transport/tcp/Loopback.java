package ipcbench.transport.tcp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** TCP transports listen on the loopback address only: on the configured port, or one the kernel picks (0). */
final class Loopback {
    private Loopback() {
    }

    /**
     * Pending connections a listener holds, as Netty asks for (SOMAXCONN): with the JDK's default
     * of 50, a burst of connects overflows it and each dropped SYN costs its client a 1 s retry.
     */
    private static final int BACKLOG = 4096;

    /** Binds a listening socket; a port in use fails with a message that names it. */
    @FunctionalInterface
    interface Binder {
        void bind(InetSocketAddress address, int backlog) throws IOException;
    }

    static InetSocketAddress listenAddress(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    static void bind(int port, Binder binder) throws IOException {
        try {
            binder.bind(listenAddress(port), BACKLOG);
        } catch (BindException e) {
            throw new BindException("cannot listen on " + address(port) + ": " + e.getMessage()
                    + " (another process holds the port; port 0 picks a free one)");
        }
    }

    static String address(int port) {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    static InetSocketAddress parse(String address) {
        int colon = address.lastIndexOf(':');
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(address.substring(colon + 1)));
    }
}
