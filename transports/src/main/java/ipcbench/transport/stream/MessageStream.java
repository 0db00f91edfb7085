package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A byte stream over a mechanism that moves whole messages (a SOCK_SEQPACKET socket, a shared
 * ring): a write longer than the largest message is sent as several, and a read that has less
 * room than a message takes it into a staging buffer and hands out the rest on the next reads,
 * so no byte of a message is ever cut off. A read with room for a whole message (the common case:
 * the frame reader's buffer) receives straight into it; the staging buffer is made only when a
 * read first lacks room, so idle connections cost no more than a socket's.
 */
public abstract class MessageStream implements ByteStream {
    private final int maxMessage;
    private ByteBuffer staged;

    protected MessageStream(int maxMessage) {
        this.maxMessage = maxMessage;
    }

    /**
     * Receives the next whole message into {@code dst}, which has room for {@link #maxMessage()}
     * bytes; returns its length (0 for an empty message), or -1 at the end of the stream.
     */
    protected abstract int receive(ByteBuffer dst) throws IOException;

    /** Sends {@code src}'s remaining bytes, at most {@link #maxMessage()}, as one message. */
    protected abstract void send(ByteBuffer src) throws IOException;

    /** The largest message, in bytes. */
    public final int maxMessage() {
        return maxMessage;
    }

    @Override
    public final int read(ByteBuffer dst) throws IOException {
        while (true) {
            if (staged != null && staged.hasRemaining()) {
                int n = Math.min(dst.remaining(), staged.remaining());
                dst.put(dst.position(), staged, staged.position(), n);
                dst.position(dst.position() + n);
                staged.position(staged.position() + n);
                return n;
            }
            if (dst.remaining() >= maxMessage) {
                int n = receive(dst);
                if (n != 0) { // an empty message carries nothing: wait for the next
                    return n;
                }
            } else {
                if (staged == null) {
                    staged = ByteBuffer.allocateDirect(maxMessage);
                }
                staged.clear();
                int n = receive(staged);
                staged.flip();
                if (n < 0) {
                    return n;
                }
            }
        }
    }

    @Override
    public final void write(ByteBuffer src) throws IOException {
        int end = src.limit();
        try {
            while (src.position() < end) {
                src.limit(Math.min(end, src.position() + maxMessage));
                send(src);
            }
        } finally {
            src.limit(end);
        }
    }
}
