package ipcbench.transport;

import ipcbench.transport.netty.NettyIo;
import ipcbench.transport.pipe.FifoTransport;
import ipcbench.transport.pipe.StdioPipeTransport;
import ipcbench.transport.shm.ShmTransport;
import ipcbench.transport.tcp.TcpNettyTransport;
import ipcbench.transport.tcp.TcpNioTransport;
import ipcbench.transport.tcp.TcpSocketTransport;
import ipcbench.transport.uds.UdsJdkTransport;
import ipcbench.transport.uds.UdsJunixsocketTransport;
import ipcbench.transport.uds.UdsNettyTransport;
import ipcbench.transport.uds.UdsSeqpacketTransport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every transport by name. Adding a transport: write its class, add one line here. */
public final class Transports {
    private static final Map<String, Transport> BY_ID = new LinkedHashMap<>();

    static {
        register(new TcpSocketTransport());
        register(new TcpNioTransport());
        register(new TcpNettyTransport(NettyIo.EPOLL));
        register(new UdsJdkTransport());
        register(new UdsJunixsocketTransport());
        register(new UdsNettyTransport(NettyIo.EPOLL));
        register(new StdioPipeTransport());
        register(new FifoTransport());
        // New ones go last: the report's colours follow this order, and today's keep theirs.
        register(new UdsSeqpacketTransport());
        register(ShmTransport.spinning());
        register(ShmTransport.parking());
        register(new TcpNettyTransport(NettyIo.IO_URING));
        register(new UdsNettyTransport(NettyIo.IO_URING));
    }

    private Transports() {
    }

    private static void register(Transport transport) {
        if (BY_ID.putIfAbsent(transport.id(), transport) != null) {
            throw new IllegalStateException("two transports named " + transport.id());
        }
    }

    /** The transport named {@code id}; the message lists the known names otherwise. */
    public static Transport get(String id) {
        Transport transport = BY_ID.get(id);
        if (transport == null) {
            throw new IllegalArgumentException("unknown transport '" + id + "'; known: " + String.join(", ", ids()));
        }
        return transport;
    }

    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    public static Map<String, Transport> all() {
        return Collections.unmodifiableMap(BY_ID);
    }
}
