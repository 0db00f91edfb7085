package ipcbench.transport.pipe;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.ByteStream;
import ipcbench.transport.stream.ChannelStream;
import ipcbench.transport.stream.Listener;
import ipcbench.transport.stream.StreamAccess;
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
public final class StdioPipeTransport implements Transport, StreamAccess {

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

    /** The daemon process's stdin and stdout as one stream. */
    private static ChannelStream stdio() {
        FileChannel in = new FileInputStream(FileDescriptor.in).getChannel();
        FileChannel out = new FileOutputStream(FileDescriptor.out).getChannel();
        return new ChannelStream(in, out, () -> {
            try (in; out) {
                // closes both
            }
        });
    }

    /** The one stream, to the first accept; a second waits until the listener is closed, then fails. */
    @Override
    public Listener listenStreams(ServerConfig config) {
        ChannelStream stream = stdio();
        return new Listener() {
            private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
            private boolean accepted;

            @Override
            public String address() {
                return "stdio";
            }

            @Override
            public synchronized ByteStream accept() throws IOException {
                if (!accepted) {
                    accepted = true;
                    return stream;
                }
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new java.nio.channels.ClosedChannelException();
            }

            @Override
            public void close() throws IOException {
                closed.countDown();
                stream.close();
            }
        };
    }

    @Override
    public ByteStream openStream(Endpoint endpoint) throws IOException {
        Process process = endpoint.process();
        if (process == null) {
            throw new IOException(id() + " needs the daemon in its own process: it talks over that process's "
                    + "stdin and stdout, so it has no in-process mode");
        }
        return ChildPipes.open(process, ClientConfig.DEFAULT_DEADLINE);
    }

    @Override
    public Server bind(ServerConfig config) {
        ChannelStream stream = stdio();
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
        return new StreamClientConnection(openStream(endpoint), endpoint, config);
    }
}
