package ipcbench.transport.uds;

import io.netty.channel.Channel;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.netty.NettyEpollTransport;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Path;

/** Unix domain sockets over Netty's native epoll transport. */
public final class UdsNettyEpollTransport extends NettyEpollTransport {

    @Override
    public String id() {
        return "uds-netty-epoll";
    }

    @Override
    public String description() {
        return "Unix domain socket: Netty EpollDomainSocketChannel / EpollServerDomainSocketChannel";
    }

    @Override
    public boolean checksPeerCredentials() {
        return true;
    }

    @Override
    protected void checkPeer(Channel channel, ServerConfig config) throws IOException {
        config.allowUids().check(((EpollDomainSocketChannel) channel).peerCredentials().uid());
    }

    @Override
    protected Class<? extends ServerChannel> serverChannelClass() {
        return EpollServerDomainSocketChannel.class;
    }

    @Override
    protected Class<? extends Channel> channelClass() {
        return EpollDomainSocketChannel.class;
    }

    private Path socketFile(ServerConfig config) {
        return config.directory().resolve(id() + ".sock");
    }

    @Override
    protected SocketAddress bindAddress(ServerConfig config) throws IOException {
        Path path = socketFile(config);
        SocketFiles.claim(path, config.log());
        return new DomainSocketAddress(path.toFile());
    }

    @Override
    protected String address(Channel bound) throws IOException {
        String path = ((DomainSocketAddress) bound.localAddress()).path();
        SocketFiles.restrict(Path.of(path));
        return path;
    }

    @Override
    protected void cleanUp(ServerConfig config) throws IOException {
        SocketFiles.remove(socketFile(config));
    }

    @Override
    protected SocketAddress connectAddress(Endpoint endpoint) {
        return new DomainSocketAddress(endpoint.address());
    }
}
