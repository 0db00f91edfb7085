package ipcbench.transport.protocol;

import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.util.concurrent.DefaultThreadFactory;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.stream.ResponseCheck;
import ipcbench.transport.target.TargetAddress;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * gRPC through grpc-java on Netty epoll, both sides: one unary call per exchange
 * ({@link GrpcEcho}: the payload in a protobuf bytes field, the answer's likewise), checked as a
 * frame's (sequence field, lengths, then {@code ResponseCheck.verifyPayload}). The clients of a
 * trial share one {@code ManagedChannel}, one HTTP/2 connection, as gRPC recommends; a round trip is
 * the blocking stub's call ({@code ClientCalls.blockingUnaryCall}, which runs the answer's callbacks
 * on the caller's thread). Runs over {@code tcp-netty-epoll} and {@code uds-netty-epoll}, whose I/O
 * grpc-netty's is.
 */
final class GrpcProtocol implements Protocol {
    static final String VERSION = "1.85.1";
    /** grpc-netty's I/O is Netty's epoll channels: these transports are exactly that. */
    private static final Map<String, LibrarySocket> OVER = Map.of("uds-netty-epoll", LibrarySocket.UNIX,
            "tcp-netty-epoll", LibrarySocket.TCP);

    @Override
    public String id() {
        return "grpc";
    }

    @Override
    public String description() {
        return "gRPC through grpc-java " + VERSION + " on Netty epoll, both sides: a unary call, payload and answer"
                + " in protobuf bytes fields, sequence and content checked";
    }

    @Override
    public String library() {
        return "grpc-java " + VERSION;
    }

    @Override
    public boolean needsLongWarmup() {
        return true;
    }

    @Override
    public String whyNotOver(Transport transport) {
        return LibrarySocket.whyNot(id(), "grpc-netty's Netty epoll channels", new TreeMap<>(OVER), transport);
    }

    @Override
    public Server bind(Transport transport, ServerConfig config) throws IOException {
        checkOver(transport);
        return GrpcDaemon.bind(OVER.get(transport.id()), config);
    }

    @Override
    public Session connect(Transport transport, Endpoint endpoint, Sizes sizes, ClientConfig config)
            throws IOException {
        checkOver(transport);
        GrpcSession session = new GrpcSession(endpoint, OVER.get(transport.id()), sizes, config);
        try (Exchange probe = session.connect()) {
            probe.roundTrip(0); // a dead or wrong daemon fails here, before the first iteration
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    @Override
    public boolean speaksToTargets() {
        return false;
    }

    @Override
    public ProtocolRequest resolve(ProtocolRequest asked) {
        throw new IllegalArgumentException("grpc speaks to our daemons (-p protocol=grpc), not to a target");
    }

    @Override
    public Session open(TargetAddress address, ProtocolRequest request, ClientConfig config) {
        throw new IllegalArgumentException("grpc speaks to our daemons (-p protocol=grpc), not to a target");
    }

    /** The trial's channel and its event loops; a client per exchange, a channel of its own per {@link #connectOnce}. */
    private static final class GrpcSession implements Session {
        private final Endpoint endpoint;
        private final LibrarySocket kind;
        private final Sizes sizes;
        private final ClientConfig config;
        private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("ipcbench-grpc-client", true), EpollIoHandler.newFactory());
        private final ManagedChannel channel;

        GrpcSession(Endpoint endpoint, LibrarySocket kind, Sizes sizes, ClientConfig config) {
            this.endpoint = endpoint;
            this.kind = kind;
            this.sizes = sizes;
            this.config = config;
            this.channel = channel();
        }

        /** A channel to the daemon: plaintext, its callbacks on the event loop (they only complete futures). */
        ManagedChannel channel() {
            NettyChannelBuilder builder = kind == LibrarySocket.UNIX
                    ? NettyChannelBuilder.forAddress(new DomainSocketAddress(LibrarySocket.unix(endpoint).toFile()))
                    .channelType(EpollDomainSocketChannel.class)
                    : NettyChannelBuilder.forAddress(LibrarySocket.tcp(endpoint)).channelType(EpollSocketChannel.class);
            return builder.eventLoopGroup(loops).usePlaintext().directExecutor()
                    .maxInboundMessageSize(config.maxPayload() + GrpcDaemon.ENVELOPE_BYTES).build();
        }

        @Override
        public Exchange connect() {
            return new GrpcExchange(this, channel, false);
        }

        /** A channel of its own, connected for its one call and shut down after it, as a command-line client's. */
        @Override
        public Exchange connectOnce() {
            return new GrpcExchange(this, channel(), true);
        }

        @Override
        public String daemonVersion() {
            return null; // the model line names grpc-java
        }

        @Override
        public void close() {
            channel.shutdownNow();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    /** One client: its request bytes, stamped before each call; its check; the calls it has outstanding. */
    private static final class GrpcExchange implements Exchange {
        private final GrpcSession session;
        private final ManagedChannel channel;
        private final boolean ownChannel;
        private final byte[] payload;
        private final ResponseCheck check = new ResponseCheck();
        private final ConcurrentLinkedQueue<ListenableFuture<GrpcEcho.Message>> pending = new ConcurrentLinkedQueue<>();

        GrpcExchange(GrpcSession session, ManagedChannel channel, boolean ownChannel) {
            this.session = session;
            this.channel = channel;
            this.ownChannel = ownChannel;
            this.payload = Payload.patternBytes(session.sizes.requestLength());
        }

        private GrpcEcho.Message request(int sequence) {
            if (Payload.stamped(payload.length)) {
                ByteBuffer.wrap(payload).putInt(0, sequence);
            }
            // the marshaller encodes it before the call returns: the array is free again after
            return new GrpcEcho.Message(sequence, session.sizes.responseLength(), payload);
        }

        private CallOptions options() {
            return CallOptions.DEFAULT.withDeadlineAfter(session.config.deadline().toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The blocking stub's call: the answer's callbacks run on this thread, no hand-off back. */
        @Override
        public void roundTrip(int sequence) throws IOException {
            GrpcEcho.Message answer;
            try {
                answer = ClientCalls.blockingUnaryCall(channel, GrpcEcho.METHOD, options(), request(sequence));
            } catch (StatusRuntimeException e) {
                throw failed(sequence, e);
            }
            verify(sequence, answer);
        }

        @Override
        public void send(int sequence) {
            pending.add(ClientCalls.futureUnaryCall(channel.newCall(GrpcEcho.METHOD, options()), request(sequence)));
        }

        @Override
        public void receive(int sequence) throws IOException {
            ListenableFuture<GrpcEcho.Message> answer = pending.poll();
            if (answer == null) {
                throw new IllegalStateException("receive(" + sequence + ") with no call outstanding");
            }
            long deadline = 2 * session.config.deadline().toMillis(); // the call's own deadline ends it first
            try {
                verify(sequence, answer.get(deadline, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(session.endpoint.transportId() + ": interrupted while waiting for"
                        + " grpc call " + sequence);
            } catch (TimeoutException e) {
                throw Failures.timeout(session.endpoint, TimeUnit.MILLISECONDS.toNanos(deadline),
                        "waiting for grpc call " + sequence, e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof StatusRuntimeException s ? failed(sequence, s)
                        : Failures.failed(session.endpoint, "grpc call " + sequence, e);
            }
        }

        private IOException failed(int sequence, StatusRuntimeException e) {
            if (e.getStatus().getCode() == io.grpc.Status.Code.DEADLINE_EXCEEDED) {
                return Failures.timeout(session.endpoint, session.config.deadline().toNanos(),
                        "waiting for grpc call " + sequence, e);
            }
            return Failures.failed(session.endpoint, "grpc call " + sequence, e);
        }

        private void verify(int sequence, GrpcEcho.Message answer) throws IOException {
            String wrong = answer.sequence != sequence ? "carries sequence " + answer.sequence
                    + " (lost, duplicated or reordered answer)"
                    : answer.length != payload.length ? "answers a request of " + answer.length + " bytes, expected "
                    + payload.length
                    : answer.payloadLength != session.sizes.responseLength() ? "has " + answer.payloadLength
                    + " payload bytes, expected " + session.sizes.responseLength() : null;
            if (wrong != null) {
                throw new IOException(session.endpoint.transportId() + ": grpc answer " + sequence + " " + wrong);
            }
            try {
                check.verifyPayload(ByteBuffer.wrap(answer.payload), 0, answer.payloadLength, sequence, payload.length);
            } catch (IOException e) {
                throw new IOException(session.endpoint.transportId() + ": grpc " + e.getMessage(), e);
            }
        }

        @Override
        public int maxOutstanding() {
            return Integer.MAX_VALUE; // HTTP/2 streams: as many calls at once as the daemon allows
        }

        @Override
        public void close() {
            if (ownChannel) {
                channel.shutdownNow();
            }
        }
    }
}
