package ipcbench.transport.protocol;

import io.grpc.Metadata;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServerStreamTracer;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.util.concurrent.DefaultThreadFactory;
import ipcbench.transport.DaemonLog;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Our gRPC daemon: grpc-java's server on Netty epoll (a socket file with
 * {@code EpollServerDomainSocketChannel}, or a loopback port with {@code EpollServerSocketChannel}),
 * one accepting event loop and one I/O loop per core as our Netty transports have, calls run on
 * gRPC's default executor (its cached pool), as a service built with the defaults runs them. The
 * one method answers a request with its sequence, its length and a payload of the length asked for
 * (the request's bytes, then the shared pattern). A call gRPC refuses (a message over the maximum:
 * {@code RESOURCE_EXHAUSTED}) or fails is one log line, from a stream tracer.
 */
final class GrpcDaemon implements Server {
    /** Room for the message's own fields around the payload. */
    static final int ENVELOPE_BYTES = 64;
    private static final int IO_THREADS = Runtime.getRuntime().availableProcessors();

    private final io.grpc.Server server;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Path socketFile;
    private final String address;

    private GrpcDaemon(io.grpc.Server server, EventLoopGroup boss, EventLoopGroup workers, Path socketFile,
                       String address) {
        this.server = server;
        this.boss = boss;
        this.workers = workers;
        this.socketFile = socketFile;
        this.address = address;
    }

    static GrpcDaemon bind(LibrarySocket kind, ServerConfig config) throws IOException {
        if (config.allowUids().restricted()) {
            throw new IllegalArgumentException("grpc's daemon is grpc-java's, which does not check peer credentials:"
                    + " --allow-uid is for the raw frame's Unix domain socket transports");
        }
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ipcbench-grpc-accept", true),
                EpollIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(IO_THREADS,
                new DefaultThreadFactory("ipcbench-grpc-io", true), EpollIoHandler.newFactory());
        Path socketFile = null;
        NettyServerBuilder builder;
        if (kind == LibrarySocket.UNIX) {
            socketFile = LibrarySocket.socketFile(config, "grpc");
            builder = NettyServerBuilder.forAddress(new DomainSocketAddress(socketFile.toFile()))
                    .channelType(EpollServerDomainSocketChannel.class);
        } else {
            builder = NettyServerBuilder.forAddress(LibrarySocket.listenAddress(config))
                    .channelType(EpollServerSocketChannel.class);
        }
        DaemonLog log = config.log();
        io.grpc.Server server = builder.bossEventLoopGroup(boss).workerEventLoopGroup(workers)
                .maxInboundMessageSize(config.maxPayload() + ENVELOPE_BYTES)
                .addService(service(config))
                .addStreamTracerFactory(new ServerStreamTracer.Factory() {
                    @Override
                    public ServerStreamTracer newServerStreamTracer(String method, Metadata headers) {
                        return new ServerStreamTracer() {
                            @Override
                            public void streamClosed(Status status) {
                                if (!status.isOk()) {
                                    log.log("call " + method + " closed: " + status.getCode()
                                            + (status.getDescription() == null ? "" : ": " + status.getDescription()));
                                }
                            }
                        };
                    }
                })
                .build();
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            server.shutdownNow();
            boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
        String address;
        if (socketFile != null) {
            LibrarySocket.restrict(socketFile);
            address = socketFile.toString();
        } else {
            address = LibrarySocket.address(((InetSocketAddress) server.getListenSockets().get(0)).getPort());
        }
        return new GrpcDaemon(server, boss, workers, socketFile, address);
    }

    private static ServerServiceDefinition service(ServerConfig config) {
        return ServerServiceDefinition.builder(GrpcEcho.SERVICE).addMethod(GrpcEcho.METHOD,
                ServerCalls.asyncUnaryCall((GrpcEcho.Message request, StreamObserver<GrpcEcho.Message> answer) -> {
                    if (request.length < 0 || request.length > config.maxPayload()) {
                        answer.onError(Status.INVALID_ARGUMENT.withDescription("an answer of " + request.length
                                + " bytes asked for, over the maximum " + config.maxPayload()).asRuntimeException());
                        return;
                    }
                    config.stall().beforeResponse();
                    int length = request.length;
                    int echoed = Math.min(length, request.payloadLength);
                    answer.onNext(new GrpcEcho.Message(request.sequence, request.payloadLength, request.payload, echoed,
                            length > echoed ? length : 0));
                    answer.onCompleted();
                })).build();
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String model() {
        return "grpc-java " + GrpcProtocol.VERSION + " on Netty epoll (" + (socketFile != null
                ? "EpollServerDomainSocketChannel" : "EpollServerSocketChannel") + "): 1 accepting and " + IO_THREADS
                + " I/O event loops, calls on gRPC's default executor (a cached pool)";
    }

    @Override
    public void serve() throws IOException {
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        if (socketFile != null) {
            LibrarySocket.remove(socketFile);
        }
    }
}
