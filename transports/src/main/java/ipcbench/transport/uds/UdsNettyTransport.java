package ipcbench.transport.uds;

import io.netty.channel.Channel;
import io.netty.channel.ServerChannel;
import io.netty.channel.unix.DomainSocketAddress;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.netty.NettyIo;
import ipcbench.transport.netty.NettyTransport;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Path;

/** Unix domain sockets over one of Netty's native transports: {@code uds-netty-epoll}, {@code uds-netty-iouring}. */
public final class UdsNettyTransport extends NettyTransport {

    public UdsNettyTransport(NettyIo io) {
        super(io);
    }

    @Override
    public String id() {
        return "uds-netty-" + io().id();
    }

    @Override
    public String description() {
        return "Unix domain socket: Netty " + io().domainSocketChannel().getSimpleName() + " / "
                + io().serverDomainSocketChannel().getSimpleName();
    }

    @Override
    public boolean checksPeerCredentials() {
        return true;
    }

    @Override
    protected void checkPeer(Channel channel, ServerConfig config) throws IOException {
        config.allowUids().check(io().peerCredentials(channel).uid());
    }

    @Override
    protected Class<? extends ServerChannel> serverChannelClass() {
        return io().serverDomainSocketChannel();
    }

    @Override
    protected Class<? extends Channel> channelClass() {
        return io().domainSocketChannel();
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
