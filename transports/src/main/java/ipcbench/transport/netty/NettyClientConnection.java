package ipcbench.transport.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.stream.ResponseCheck;
import ipcbench.transport.wire.FrameException;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A Netty client connection: each request is written in a frame reused from
 * {@link RequestFrames}; the pipeline decodes responses and leaves them to its
 * {@link ClientLoop}, from which the receiving thread takes them in order and verifies them with
 * the same {@link ResponseCheck} as every other transport. The loop says which thread runs the
 * I/O: Netty's event loop, handing responses over, or the caller itself.
 */
final class NettyClientConnection implements ClientConnection {
    private final Channel channel;
    private final Endpoint endpoint;
    private final ClientLoop loop;
    private final long deadlineNanos;
    private final ResponseCheck check = new ResponseCheck();
    private final RequestFrames requests;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NettyClientConnection(Channel channel, Endpoint endpoint, ClientLoop loop, long deadlineNanos) {
        this.channel = channel;
        this.endpoint = endpoint;
        this.loop = loop;
        this.deadlineNanos = deadlineNanos;
        this.requests = new RequestFrames(channel.alloc());
    }

    /** Connects within the deadline; {@code setUp} adds the channel class and options to a bootstrap on {@code loop}. */
    static NettyClientConnection open(Endpoint endpoint, ClientConfig config, ClientLoop loop, Consumer<Bootstrap> setUp,
                                      SocketAddress address) throws IOException {
        Bootstrap bootstrap = new Bootstrap().group(loop.group()).option(ChannelOption.ALLOCATOR, loop.allocator());
        setUp.accept(bootstrap);
        bootstrap.handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(new FrameDecoder(config.maxPayload()),
                        new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                if (!loop.offer(msg)) {
                                    ((ByteBuf) msg).release();
                                    ctx.fireExceptionCaught(new IOException("more than 16384 responses unread"));
                                }
                            }

                            @Override
                            public void channelInactive(ChannelHandlerContext ctx) {
                                loop.offer(ClientLoop.CLOSED);
                            }

                            @Override
                            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                loop.offer(cause);
                                ctx.close();
                            }
                        });
            }
        });
        long deadlineNanos = config.deadline().toNanos();
        ChannelFuture connected = bootstrap.connect(address);
        if (!loop.await(connected, deadlineNanos) || !connected.isSuccess()) {
            Throwable cause = connected.cause();
            loop.await(connected.channel().close(), deadlineNanos);
            loop.shutDown(); // nothing was received
            throw new IOException(endpoint.transportId() + ": cannot connect to " + address + ": "
                    + (cause == null ? "no answer within the deadline" : cause), cause);
        }
        return new NettyClientConnection(connected.channel(), endpoint, loop, deadlineNanos);
    }

    @Override
    public void send(int sequence, int requestLength, int responseLength) throws IOException {
        channel.writeAndFlush(requests.take(sequence, requestLength, responseLength), channel.voidPromise());
    }

    @Override
    public void receive(int sequence, int requestLength, int responseLength) throws IOException {
        Object message = loop.poll(deadlineNanos);
        if (message == null) {
            endpoint.peer().kill();
            channel.close();
            throw Failures.timeout(endpoint, deadlineNanos, "waiting for response " + sequence, null);
        }
        if (message == ClientLoop.CLOSED) {
            throw Failures.closed(endpoint, null, "waiting for response " + sequence);
        }
        if (message instanceof Throwable) {
            Throwable cause = (Throwable) message;
            throw new IOException(endpoint.transportId() + ": waiting for response " + sequence + " failed: "
                    + cause + "; " + endpoint.peer().describe(), cause);
        }
        ByteBuf frame = (ByteBuf) message;
        try {
            ByteBuffer bytes = loop.view(frame);
            check.verify(bytes, bytes.position(), sequence, requestLength, responseLength);
        } catch (FrameException e) {
            throw new FrameException(endpoint.transportId() + ": " + e.getMessage());
        } finally {
            frame.release();
        }
    }

    /** Once; on a thread that may not release (see {@link ClientLoop#releasableHere()}) it only ends a wait. */
    @Override
    public void close() {
        if (loop.releasableHere() && closed.compareAndSet(false, true)) {
            loop.await(channel.close(), deadlineNanos);
            loop.shutDown();
            loop.drain();
            requests.release();
        }
    }
}
