package ipcbench.transport.uds;

import ipcbench.transport.ByteStream;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.SocketBacklog;
import ipcbench.transport.stream.ChannelListener;
import ipcbench.transport.stream.ChannelStream;
import ipcbench.transport.stream.Listener;
import ipcbench.transport.stream.StreamTransport;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import jdk.net.ExtendedSocketOptions;

/** Unix domain sockets through the JDK 16+ API: blocking {@code SocketChannel} on both sides. */
public final class UdsJdkTransport extends StreamTransport {

    @Override
    public String id() {
        return "uds-jdk";
    }

    @Override
    public String description() {
        return "Unix domain socket: JDK SocketChannel + UnixDomainSocketAddress";
    }

    @Override
    public boolean checksPeerCredentials() {
        return true;
    }

    @Override
    protected boolean listensOnChannel() {
        return true;
    }

    @Override
    protected Listener listen(ServerConfig config) throws IOException {
        Path path = config.directory().resolve(id() + ".sock");
        SocketFiles.claim(path, config.log());
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)
                .bind(UnixDomainSocketAddress.of(path), SocketBacklog.somaxconn());
        SocketFiles.restrict(path);
        return new ChannelListener(server, path.toString(),
                channel -> config.allowUids().check(channel.getOption(ExtendedSocketOptions.SO_PEERCRED).user()),
                () -> SocketFiles.remove(path));
    }

    @Override
    protected ByteStream open(Endpoint endpoint) throws IOException {
        return ChannelStream.of(SocketChannel.open(UnixDomainSocketAddress.of(endpoint.address())));
    }
}
