package ipcbench.transport.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.ServerChannel;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.netty.NettyIo;
import ipcbench.transport.netty.NettyTransport;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** TCP loopback over one of Netty's native transports: {@code tcp-netty-epoll}, {@code tcp-netty-iouring}. */
public final class TcpNettyTransport extends NettyTransport {

    public TcpNettyTransport(NettyIo io) {
        super(io);
    }

    @Override
    public String id() {
        return "tcp-netty-" + io().id();
    }

    @Override
    public String description() {
        return "TCP loopback: Netty " + io().socketChannel().getSimpleName() + " (TCP_NODELAY) / "
                + io().serverSocketChannel().getSimpleName();
    }

    @Override
    protected Class<? extends ServerChannel> serverChannelClass() {
        return io().serverSocketChannel();
    }

    @Override
    protected Class<? extends Channel> channelClass() {
        return io().socketChannel();
    }

    @Override
    protected SocketAddress bindAddress(ServerConfig config) {
        return Loopback.listenAddress(config.port());
    }

    @Override
    protected String address(Channel bound) {
        return Loopback.address(((InetSocketAddress) bound.localAddress()).getPort());
    }

    @Override
    protected void cleanUp(ServerConfig config) {
        // a port needs no cleaning up
    }

    @Override
    protected SocketAddress connectAddress(Endpoint endpoint) {
        return Loopback.parse(endpoint.address());
    }

    @Override
    protected void configure(Bootstrap bootstrap) {
        bootstrap.option(ChannelOption.TCP_NODELAY, true);
    }
}
