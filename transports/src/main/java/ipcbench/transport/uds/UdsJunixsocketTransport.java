package ipcbench.transport.uds;

import ipcbench.transport.ByteStream;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.SocketBacklog;
import ipcbench.transport.stream.IoStream;
import ipcbench.transport.stream.Listener;
import ipcbench.transport.stream.StreamTransport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/** Unix domain sockets through junixsocket's native {@code AFUNIXSocket} streams. */
public final class UdsJunixsocketTransport extends StreamTransport {

    @Override
    public String id() {
        return "uds-junixsocket";
    }

    @Override
    public String description() {
        return "Unix domain socket: junixsocket AFUNIXSocket / AFUNIXServerSocket (native)";
    }

    @Override
    public String unavailabilityCause() {
        return AFUNIXSocket.isSupported() ? null : "junixsocket's native library does not load on this platform";
    }

    @Override
    public boolean checksPeerCredentials() {
        return true;
    }

    /**
     * Not virtual threads: junixsocket 2.10.1's blocking read holds its carrier thread (checked here
     * on JDK 25: with as many idle connections as carriers, 2 on this machine, the daemon answers
     * no one), so a virtual-thread daemon over it is a small fixed pool that stalls, not the model.
     */
    @Override
    public String whyNotServer(ServerModel model) {
        return model == ServerModel.VIRTUAL ? pinsCarriers(id()) : super.whyNotServer(model);
    }

    /** Why a transport over junixsocket's blocking calls offers no virtual threads (see above). */
    static String pinsCarriers(String id) {
        return id + "'s blocking reads pin their carrier thread (junixsocket 2.10.1): as many idle connections as"
                + " CPUs stop a virtual-thread daemon";
    }

    @Override
    protected Listener listen(ServerConfig config) throws IOException {
        Path path = config.directory().resolve(id() + ".sock");
        SocketFiles.claim(path, config.log());
        AFUNIXServerSocket server = AFUNIXServerSocket.newInstance();
        server.bind(AFUNIXSocketAddress.of(path.toFile()), SocketBacklog.somaxconn());
        SocketFiles.restrict(path);
        return new SocketFileListener(path, server, () -> Listener.wrapOrClose(server.accept(), socket -> {
            config.allowUids().check(socket.getPeerCredentials().getUid());
            return stream(socket);
        }));
    }

    @Override
    protected ByteStream open(Endpoint endpoint) throws IOException {
        return stream(AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(new File(endpoint.address()))));
    }

    private static ByteStream stream(AFUNIXSocket socket) throws IOException {
        return new IoStream(socket.getInputStream(), socket.getOutputStream(), socket);
    }
}
