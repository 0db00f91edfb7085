package ipcbench.transport.reliability;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * A client that speaks bytes, not frames, to a daemon's socket: for bad input, and (through
 * {@link #main}) as a separate process that can be killed or run as another user. Uses the JDK
 * only, so its class file runs on its own.
 */
public final class RawClient implements Closeable {
    static final int MAGIC = 0x49504342; // Frame.MAGIC, spelled out so this class needs nothing else

    private final SocketChannel channel;

    private RawClient(SocketChannel channel) {
        this.channel = channel;
    }

    /** {@code address} as the daemon announced it: {@code host:port} for TCP, a path otherwise. */
    public static RawClient connect(String transportId, String address) throws IOException {
        SocketAddress target = transportId.startsWith("tcp-")
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)))
                : UnixDomainSocketAddress.of(address);
        return new RawClient(SocketChannel.open(target));
    }

    public static byte[] header(int payloadLength, int responseLength, int magic, int sequence) {
        return ByteBuffer.allocate(16).putInt(payloadLength).putInt(responseLength).putInt(magic).putInt(sequence)
                .array();
    }

    public void send(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    /** Reads until the daemon closes the connection (end of stream or reset); returns the bytes read. */
    public int readUntilClosed() {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        int total = 0;
        try {
            for (int n; (n = channel.read(buf.clear())) >= 0; ) {
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
            if (channel.read(buf) < 0) {
                return -1;
            }
        }
        return buf.getInt(12);
    }

    @Override
    public void close() throws IOException {
        channel.close();
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
