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

    /** Whether a request of this payload length carries the sequence stamp. */
    public static boolean stamped(int requestLength) {
        return requestLength >= STAMP_BYTES;
    }
}
