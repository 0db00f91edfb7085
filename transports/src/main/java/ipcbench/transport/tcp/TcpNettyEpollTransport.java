package ipcbench.transport.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.netty.NettyEpollTransport;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** TCP loopback over Netty's native epoll transport. */
public final class TcpNettyEpollTransport extends NettyEpollTransport {

    @Override
    public String id() {
        return "tcp-netty-epoll";
    }

    @Override
    public String description() {
        return "TCP loopback: Netty EpollSocketChannel (TCP_NODELAY) / EpollServerSocketChannel";
    }

    @Override
    protected Class<? extends ServerChannel> serverChannelClass() {
        return EpollServerSocketChannel.class;
    }

    @Override
    protected Class<? extends Channel> channelClass() {
        return EpollSocketChannel.class;
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
