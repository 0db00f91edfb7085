package ipcbench.transport.reliability;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * A client that speaks bytes, not frames, to a daemon's socket: for bad input, and (through
 * {@link #main}) as a separate process that can be killed or run as another user. Uses the JDK
 * only, so its class file runs on its own -- but for a SOCK_SEQPACKET socket, which the JDK
 * cannot open: {@link Seqpacket} needs junixsocket, and each send is then one message.
 */
public final class RawClient implements Closeable {
    static final int MAGIC = 0x49504342; // Frame.MAGIC, spelled out so this class needs nothing else

    static final String SEQPACKET_TRANSPORT = "uds-seqpacket";

    private final ByteChannel channel;
    private final boolean messages;

    private RawClient(ByteChannel channel, boolean messages) {
        this.channel = channel;
        this.messages = messages;
    }

    /** {@code address} as the daemon announced it: {@code host:port} for TCP, a path otherwise. */
    public static RawClient connect(String transportId, String address) throws IOException {
        if (transportId.equals(SEQPACKET_TRANSPORT)) {
            return new RawClient(Seqpacket.open(address), true);
        }
        SocketAddress target = transportId.startsWith("tcp-")
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)))
                : UnixDomainSocketAddress.of(address);
        return new RawClient(SocketChannel.open(target), false);
    }

    /** A read; -1 at the end (a message socket reads 0 bytes once its peer closed: we never expect an empty message). */
    private int read(ByteBuffer buf) throws IOException {
        int n = channel.read(buf);
        return messages && n == 0 ? -1 : n;
    }

    public static byte[] header(int payloadLength, int responseLength, int magic, int sequence) {
        return ByteBuffer.allocate(16).putInt(payloadLength).putInt(responseLength).putInt(magic).putInt(sequence)
                .array();
    }

    /** Sends {@code bytes}; to a message socket as messages of at most 8 KiB, the most its daemon's reads take in one. */
    public void send(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            if (messages) {
                buf.limit(Math.min(bytes.length, buf.position() + 8192));
            }
            channel.write(buf);
            buf.limit(bytes.length);
        }
    }

    /** Reads until the daemon closes the connection (end of stream or reset); returns the bytes read. */
    public int readUntilClosed() {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        int total = 0;
        try {
            for (int n; (n = read(buf.clear())) >= 0; ) {
                total += n;
            }
        } catch (IOException reset) {
            // a reset is a close too
        }
        return total;
    }

    /** Reads one response header to a request of {@code payloadLength} bytes; its sequence, or -1 if closed first. */
    public int readResponseHeader() throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(16);
        while (buf.hasRemaining()) {
            if (read(buf) < 0) {
                return -1;
            }
        }
        return buf.getInt(12);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A connected SOCK_SEQPACKET socket, through junixsocket (in a class of its own: loaded only when used). */
    static final class Seqpacket {
        private Seqpacket() {
        }

        static ByteChannel open(String path) throws IOException {
            org.newsclub.net.unix.AFUNIXDatagramSocket socket = org.newsclub.net.unix.AFUNIXDatagramSocket.newInstance(
                    org.newsclub.net.unix.AFSocketType.SOCK_SEQPACKET);
            socket.connect(org.newsclub.net.unix.AFUNIXSocketAddress.of(new java.io.File(path)));
            return socket.getChannel();
        }
    }

    /**
     * {@code RawClient <transport> <address> round-trip}: one empty request; prints ANSWERED or CLOSED.
     * {@code RawClient <transport> <address> half-request}: half a frame, prints SENT, waits to be killed.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (RawClient client = connect(args[0], args[1])) {
            if (args[2].equals("half-request")) {
                client.send(header(1000, 0, MAGIC, 1));
                client.send(new byte[100]);
                out.println("SENT");
                out.flush();
                TimeUnit.MINUTES.sleep(5);
            } else {
                client.send(header(0, 0, MAGIC, 7));
                out.println(client.readResponseHeader() == 7 ? "ANSWERED" : "CLOSED");
            }
        } catch (IOException e) {
            out.println("ERROR " + e);
        }
    }
}
