package ipcbench.transport.tcp;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/** TCP transports bind the loopback address only, on a port the kernel picks. */
final class Loopback {
    private Loopback() {
    }

    static InetSocketAddress anyPort() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    static String address(int port) {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    static InetSocketAddress parse(String address) {
        int colon = address.lastIndexOf(':');
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(address.substring(colon + 1)));
    }
}
