package ipcbench.transport.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.RejectedConnectionException;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.SocketBacklog;
import ipcbench.transport.Transport;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A Netty native transport over one I/O mechanism ({@link NettyIo}: epoll or io_uring): the
 * daemon is an event loop running {@link NettyResponder}; the client's I/O runs on Netty's client
 * event loop, which hands each response over (client model {@code default}, {@link HandoffLoop}),
 * or on the calling thread ({@code caller}, {@link CallerLoop}).
 * Subclasses say which of the mechanism's channel classes and which addresses to use (TCP or Unix
 * domain).
 */
public abstract class NettyTransport implements Transport {
    private static final int SERVER_THREADS = Runtime.getRuntime().availableProcessors();
    /**
     * Netty's pooled allocator, on both sides (client model caller: a pool of its own, see
     * {@link CallerLoop}). Netty 4.2's default (adaptive) treats a JVM with at
     * most 512 MiB of heap as low on memory -- the benchmark JVMs have 256 MiB, the daemons 128 MiB --
     * and then allocates every buffer over 256 KiB (a 1 MiB frame, a decoder cumulation growing to
     * one) unpooled, and shares its magazines between threads. A method, not a constant: the
     * allocator's class initialization (Netty's platform probing and logging, about 130 ms on one
     * CPU here) then happens in a JVM that uses Netty, not in every JVM that lists the transports
     * (each benchmark fork and each daemon).
     */
    static ByteBufAllocator allocator() {
        return PooledByteBufAllocator.DEFAULT;
    }

    private final NettyIo io;

    protected NettyTransport(NettyIo io) {
        this.io = io;
    }

    /** The I/O mechanism under it. */
    public final NettyIo io() {
        return io;
    }

    /** Netty's pipeline needs about 4 s of warm-up here before its round trip settles (256 -> 16 us). */
    @Override
    public boolean needsLongWarmup() {
        return true;
    }

    protected abstract Class<? extends ServerChannel> serverChannelClass();

    protected abstract Class<? extends Channel> channelClass();

    /** Daemon side: where to bind, preparing any file first. */
    protected abstract SocketAddress bindAddress(ServerConfig config) throws IOException;

    /** Daemon side: what clients connect to, once bound. */
    protected abstract String address(Channel bound) throws IOException;

    /** Daemon side: removes what {@link #bindAddress} created. */
    protected abstract void cleanUp(ServerConfig config) throws IOException;

    protected abstract SocketAddress connectAddress(Endpoint endpoint);

    /** Daemon side, once per accepted connection: refuses a peer that is not allowed. */
    protected void checkPeer(Channel channel, ServerConfig config) throws IOException {
    }

    /** Client side options beyond Netty's defaults. */
    protected void configure(Bootstrap bootstrap) {
    }

    @Override
    public String unavailabilityCause() {
        return io.unavailabilityCause();
    }

    @Override
    public Server bind(ServerConfig config) throws IOException {
        SocketAddress bindAddress = bindAddress(config);
        EventLoopGroup boss = io.group(1, "ipcbench-" + id() + "-accept");
        EventLoopGroup workers = io.group(SERVER_THREADS, "ipcbench-" + id() + "-io");
        Channel server;
        try {
            server = new ServerBootstrap().group(boss, workers).channel(serverChannelClass())
                    .option(ChannelOption.ALLOCATOR, allocator()).option(ChannelOption.SO_BACKLOG, SocketBacklog.somaxconn())
                    .childOption(ChannelOption.ALLOCATOR, allocator())
                    .childHandler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel channel) throws IOException {
                            String name = "connection " + channel.id().asShortText();
                            try {
                                checkPeer(channel, config);
                            } catch (RejectedConnectionException e) {
                                config.log().log(name + " rejected: " + e.getMessage());
                                channel.close();
                                return;
                            }
                            // Large frames arrive in many reads: the daemon adds them up without copying
                            // (it reads only the header, and echoes with a gathering write)
                            FrameDecoder decoder = new FrameDecoder(config);
                            decoder.setCumulator(ByteToMessageDecoder.COMPOSITE_CUMULATOR);
                            channel.pipeline().addLast(decoder, new NettyResponder(config, name));
                        }
                    })
                    .bind(bindAddress).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(id() + ": interrupted while binding", e);
        } catch (Exception e) { // Netty rethrows the native bind error unchecked
            boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new IOException(id() + ": cannot listen on " + bindAddress + ": " + e.getMessage(), e);
        }
        String address = address(server);
        return new Server() {
            @Override
            public String address() {
                return address;
            }

            @Override
            public String model() {
                return "Netty " + io.name() + " event loop (" + SERVER_THREADS + " I/O threads)";
            }

            @Override
            public void serve() {
                server.closeFuture().syncUninterruptibly();
            }

            @Override
            public void close() throws IOException {
                server.close().syncUninterruptibly();
                boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
                workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
                cleanUp(config);
            }
        };
    }

    /** Caller too: the calling thread can run a connection's loop itself ({@link CallerLoop}). */
    @Override
    public String whyNotClient(ClientModel model) {
        return model == ClientModel.CALLER ? null : Transport.super.whyNotClient(model);
    }

    @Override
    public ClientConnection connect(Endpoint endpoint, ClientConfig config) throws IOException {
        ClientLoop loop = config.model() == ClientModel.CALLER ? new CallerLoop(id(), io) : new HandoffLoop(io);
        return NettyClientConnection.open(endpoint, config, loop, bootstrap -> {
            bootstrap.channel(channelClass());
            bootstrap.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.deadline().toMillis());
            configure(bootstrap);
        }, connectAddress(endpoint));
    }
}
