package ipcbench.transport.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.util.ReferenceCountUtil;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.stream.ResponseCheck;
import ipcbench.transport.wire.FrameException;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Netty client connection: the caller's thread writes each request, in a frame reused from
 * {@link RequestFrames}; the event loop decodes responses and hands them over through a
 * {@link Handoff}; the caller verifies them with the same {@link ResponseCheck} as every other
 * transport.
 */
final class NettyClientConnection implements ClientConnection {
    private static final Object CLOSED = new Object();
    private static final long CLOSE_DRAIN_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Channel channel;
    private final Endpoint endpoint;
    private final Handoff responses;
    private final long deadlineNanos;
    private final ResponseCheck check = new ResponseCheck();
    private final RequestFrames requests;

    private NettyClientConnection(Channel channel, Endpoint endpoint, Handoff responses, long deadlineNanos) {
        this.channel = channel;
        this.endpoint = endpoint;
        this.responses = responses;
        this.deadlineNanos = deadlineNanos;
        this.requests = new RequestFrames(channel.alloc());
    }

    static NettyClientConnection open(Endpoint endpoint, ClientConfig config, Consumer<Bootstrap> setUp,
                                      SocketAddress address) throws IOException {
        Handoff responses = new Handoff();
        Bootstrap bootstrap = new Bootstrap();
        setUp.accept(bootstrap);
        bootstrap.handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(new FrameDecoder(config.maxPayload()),
                        new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                if (!responses.offer(msg)) {
                                    ((ByteBuf) msg).release();
                                    ctx.fireExceptionCaught(new IOException("more than 16384 responses unread"));
                                }
                            }

                            @Override
                            public void channelInactive(ChannelHandlerContext ctx) {
                                responses.offer(CLOSED);
                            }

                            @Override
                            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                responses.offer(cause);
                                ctx.close();
                            }
                        });
            }
        });
        ChannelFuture connected = bootstrap.connect(address);
        if (!connected.awaitUninterruptibly(config.deadline().toMillis()) || !connected.isSuccess()) {
            connected.channel().close();
            Throwable cause = connected.cause();
            throw new IOException(endpoint.transportId() + ": cannot connect to " + address + ": "
                    + (cause == null ? "no answer within the deadline" : cause), cause);
        }
        return new NettyClientConnection(connected.channel(), endpoint, responses, config.deadline().toNanos());
    }

    @Override
    public void send(int sequence, int requestLength, int responseLength) throws IOException {
        channel.writeAndFlush(requests.take(sequence, requestLength, responseLength), channel.voidPromise());
    }

    @Override
    public void receive(int sequence, int requestLength, int responseLength) throws IOException {
        Object message = responses.poll(deadlineNanos);
        if (message == null) {
            endpoint.peer().kill();
            channel.close();
            throw Failures.timeout(endpoint, deadlineNanos, "waiting for response " + sequence, null);
        }
        if (message == CLOSED) {
            throw Failures.closed(endpoint, null, "waiting for response " + sequence);
        }
        if (message instanceof Throwable) {
            Throwable cause = (Throwable) message;
            throw new IOException(endpoint.transportId() + ": waiting for response " + sequence + " failed: "
                    + cause + "; " + endpoint.peer().describe(), cause);
        }
        ByteBuf frame = (ByteBuf) message;
        try {
            check.verify(frame.nioBuffer(), 0, sequence, requestLength, responseLength);
        } catch (FrameException e) {
            throw new FrameException(endpoint.transportId() + ": " + e.getMessage());
        } finally {
            frame.release();
        }
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        requests.release();
        // Responses that came but were never received (requests in flight at close), up to the
        // CLOSED mark that channelInactive queues after the decoder's last frames. Bounded: a
        // failed receive may have taken the mark already. Safe release: close() may run on
        // another thread to unblock a receive, which may have taken one of these too.
        for (Object message = responses.poll(CLOSE_DRAIN_NANOS); message != null && message != CLOSED;
                message = responses.poll(CLOSE_DRAIN_NANOS)) {
            ReferenceCountUtil.safeRelease(message);
        }
    }
}
