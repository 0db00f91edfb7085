package ipcbench.transport.wire;

import java.nio.ByteBuffer;

/**
 * The bytes a payload carries. A position-dependent pattern with a long period, so that a
 * shifted, truncated or stale buffer does not verify by accident.
 */
public final class Payload {
    /** Request payloads of at least this many bytes carry the sequence number in front. */
    public static final int STAMP_BYTES = Integer.BYTES;

    private Payload() {
    }

    public static byte patternByte(int index) {
        return (byte) ((index * 0x9E3779B1) >>> 24);
    }

    /** Fills {@code length} bytes at absolute offset {@code at} with the pattern of indices 0.. */
    public static void fillPattern(ByteBuffer buf, int at, int length) {
        for (int i = 0; i < length; i++) {
            buf.put(at + i, patternByte(i));
        }
    }

    /** A buffer holding the pattern for indices [0, length): the source of bulk copies. */
    public static ByteBuffer pattern(int length) {
        ByteBuffer buf = ByteBuffer.allocateDirect(length);
        fillPattern(buf, 0, length);
        return buf;
    }

    /** The pattern for indices [0, length) in a heap array, for libraries that take a {@code byte[]}. */
    public static byte[] patternBytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = patternByte(i);
        }
        return bytes;
    }

    /**
     * The pattern for indices [0, at least {@code length}), shared by every connection of this
     * process: a daemon answering many clients with long responses holds it once, and a client
     * that declares a long response costs the daemon no buffer of its own. Read it with absolute
     * bulk gets only (they leave it unchanged, so concurrent readers are safe).
     */
    public static ByteBuffer sharedPattern(int length) {
        ByteBuffer current = shared;
        if (current.capacity() >= length) {
            return current;
        }
        synchronized (Payload.class) {
            if (shared.capacity() < length) {
                shared = pattern(Math.max(length, Math.min(2 * shared.capacity(), Frame.DEFAULT_MAX_PAYLOAD)));
            }
            return shared;
        }
    }

    private static volatile ByteBuffer shared = ByteBuffer.allocateDirect(0);

    /** Whether a request of this payload length carries the sequence stamp. */
    public static boolean stamped(int requestLength) {
        return requestLength >= STAMP_BYTES;
    }
}
