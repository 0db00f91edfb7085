package ipcbench.transport.pipe;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.stream.ChannelStream;
import ipcbench.transport.stream.IoStream;
import ipcbench.transport.stream.StreamClientConnection;
import ipcbench.transport.stream.StreamResponder;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Anonymous pipes: the client writes to the daemon process's stdin and reads its stdout, as an
 * editor talks to a language server. One client per daemon; the daemon exits when stdin ends.
 */
public final class StdioPipeTransport implements Transport {

    @Override
    public String id() {
        return "pipe-stdio";
    }

    @Override
    public String description() {
        return "anonymous pipes: the daemon process's stdin and stdout";
    }

    @Override
    public int maxClients() {
        return 1;
    }

    @Override
    public boolean reconnectable() {
        return false;
    }

    @Override
    public boolean servesOverStdio() {
        return true;
    }

    @Override
    public Server bind(ServerConfig config) {
        FileChannel in = new FileInputStream(FileDescriptor.in).getChannel();
        FileChannel out = new FileOutputStream(FileDescriptor.out).getChannel();
        ChannelStream stream = new ChannelStream(in, out, () -> {
            try (in; out) {
                // closes both
            }
        });
        return new Server() {
            @Override
            public String address() {
                return "stdio";
            }

            @Override
            public String model() {
                return "one stream (stdin/stdout), served until stdin ends";
            }

            @Override
            public void serve() {
                new StreamResponder(stream, config, "stdio").run();
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    @Override
    public ClientConnection connect(Endpoint endpoint, ClientConfig config) throws IOException {
        Process process = endpoint.process();
        if (process == null) {
            throw new IOException(id() + " needs the daemon in its own process: it talks over that process's "
                    + "stdin and stdout, so it has no in-process mode");
        }
        IoStream stream = new IoStream(process.getInputStream(), process.getOutputStream(), () -> {
            try (var in = process.getInputStream(); var out = process.getOutputStream()) {
                // closing stdin tells the daemon to exit
            }
        });
        return new StreamClientConnection(stream, endpoint, config);
    }
}
