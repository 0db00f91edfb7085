package ipcbench.transport.netty;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.unix.PeerCredentials;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringDomainSocketChannel;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerDomainSocketChannel;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.channel.uring.IoUringSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The native I/O mechanism under a Netty transport, as Netty composes one: the event loops'
 * {@link IoHandlerFactory}, the check that it runs here, and its channel classes for TCP and for
 * Unix domain sockets. The pipeline, the daemon and the client models are the same over each (as
 * Netty's own testsuite runs one set of tests over each).
 */
public final class NettyIo {
    /** Netty's epoll transport (Linux). */
    public static final NettyIo EPOLL = new NettyIo("epoll", "epoll", EpollIoHandler::newFactory,
            Epoll::isAvailable, Epoll::unavailabilityCause, EpollSocketChannel.class, EpollServerSocketChannel.class,
            EpollDomainSocketChannel.class, EpollServerDomainSocketChannel.class,
            channel -> ((EpollDomainSocketChannel) channel).peerCredentials());

    /**
     * Netty's io_uring transport (Linux 5.9 or later; blocked where a seccomp profile denies the
     * io_uring system calls, as Docker's default does). Over Unix domain sockets Netty asks
     * SO_INQ whether a read left data behind, which the kernel answers from 6.17 on; before,
     * it reads on until EAGAIN.
     */
    public static final NettyIo IO_URING = new NettyIo("iouring", "io_uring", IoUringIoHandler::newFactory,
            IoUring::isAvailable, IoUring::unavailabilityCause, IoUringSocketChannel.class,
            IoUringServerSocketChannel.class, IoUringDomainSocketChannel.class, IoUringServerDomainSocketChannel.class,
            channel -> ((IoUringDomainSocketChannel) channel).peerCredentials());

    /** How a Unix domain socket channel of this mechanism tells who is at the other end (SO_PEERCRED). */
    @FunctionalInterface
    public interface PeerCredentialsOf {
        PeerCredentials of(Channel channel) throws IOException;
    }

    private final String id;
    private final String name;
    private final Supplier<IoHandlerFactory> handlers;
    private final BooleanSupplier available;
    private final Supplier<Throwable> cause;
    private final Class<? extends Channel> socketChannel;
    private final Class<? extends ServerChannel> serverSocketChannel;
    private final Class<? extends Channel> domainSocketChannel;
    private final Class<? extends ServerChannel> serverDomainSocketChannel;
    private final PeerCredentialsOf peerCredentials;
    private EventLoopGroup clientGroup; // made on first use, under this

    private NettyIo(String id, String name, Supplier<IoHandlerFactory> handlers, BooleanSupplier available,
                    Supplier<Throwable> cause, Class<? extends Channel> socketChannel,
                    Class<? extends ServerChannel> serverSocketChannel, Class<? extends Channel> domainSocketChannel,
                    Class<? extends ServerChannel> serverDomainSocketChannel, PeerCredentialsOf peerCredentials) {
        this.id = id;
        this.name = name;
        this.handlers = handlers;
        this.available = available;
        this.cause = cause;
        this.socketChannel = socketChannel;
        this.serverSocketChannel = serverSocketChannel;
        this.domainSocketChannel = domainSocketChannel;
        this.serverDomainSocketChannel = serverDomainSocketChannel;
        this.peerCredentials = peerCredentials;
    }

    /** The last part of a transport's id: {@code tcp-netty-<id>}. */
    public String id() {
        return id;
    }

    /** As Netty names it, for people. */
    public String name() {
        return name;
    }

    /** Why it cannot run here (Netty's cause), or null when it can. */
    public String unavailabilityCause() {
        return available.getAsBoolean() ? null : "Netty " + name + " is not available: " + cause.get();
    }

    public Class<? extends Channel> socketChannel() {
        return socketChannel;
    }

    public Class<? extends ServerChannel> serverSocketChannel() {
        return serverSocketChannel;
    }

    public Class<? extends Channel> domainSocketChannel() {
        return domainSocketChannel;
    }

    public Class<? extends ServerChannel> serverDomainSocketChannel() {
        return serverDomainSocketChannel;
    }

    /** The peer of an accepted {@link #domainSocketChannel()}. */
    public PeerCredentials peerCredentials(Channel channel) throws IOException {
        return peerCredentials.of(channel);
    }

    /** A handler for one event loop. */
    IoHandlerFactory handlers() {
        return handlers.get();
    }

    /** {@code threads} event loops, on daemon threads named after {@code name}. */
    EventLoopGroup group(int threads, String name) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, true), handlers());
    }

    /**
     * One client event loop group per JVM and mechanism, shared by all connections of client model
     * default, with daemon threads so a JVM can exit.
     */
    synchronized EventLoopGroup clientGroup() {
        if (clientGroup == null) {
            clientGroup = group(Runtime.getRuntime().availableProcessors(), "ipcbench-netty-" + id + "-client");
        }
        return clientGroup;
    }

    @Override
    public String toString() {
        return name;
    }
}
