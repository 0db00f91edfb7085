package ipcbench.transport.wire;

import java.nio.ByteBuffer;

/**
 * The one wire format every transport carries, in both directions (big-endian):
 *
 * <pre>
 *   offset 0  int payloadLength    bytes of payload after this 16-byte header
 *   offset 4  int responseLength   request: payload bytes wanted back (-1: no response);
 *                                  response: the request's payloadLength
 *   offset 8  int magic            'IPCB', so garbage is rejected at once
 *   offset 12 int sequence         chosen by the client, echoed by the daemon
 *   offset 16 payload
 * </pre>
 *
 * A response payload repeats the request payload for as many bytes as both have and continues
 * with {@link Payload#patternByte(int)}; the client stamps the sequence into the first four
 * payload bytes, so an echo of a stale request is caught by content as well as by header.
 */
public final class Frame {
    public static final int HEADER_BYTES = 16;
    public static final int MAGIC = 0x49504342; // "IPCB"
    public static final int NO_RESPONSE = -1;
    /** 16 MiB unless {@code -Dipcbench.maxPayload=<bytes>} says otherwise (client and daemon alike). */
    public static final int DEFAULT_MAX_PAYLOAD = Integer.getInteger("ipcbench.maxPayload", 16 * 1024 * 1024);

    static final int PAYLOAD_LENGTH_OFFSET = 0;
    static final int RESPONSE_LENGTH_OFFSET = 4;
    static final int MAGIC_OFFSET = 8;
    static final int SEQUENCE_OFFSET = 12;

    private Frame() {
    }

    /** Writes a header at {@code at} (absolute, the buffer's position is untouched). */
    public static void putHeader(ByteBuffer buf, int at, int payloadLength, int responseLength, int sequence) {
        buf.putInt(at + PAYLOAD_LENGTH_OFFSET, payloadLength);
        buf.putInt(at + RESPONSE_LENGTH_OFFSET, responseLength);
        buf.putInt(at + MAGIC_OFFSET, MAGIC);
        buf.putInt(at + SEQUENCE_OFFSET, sequence);
    }

    public static int payloadLength(ByteBuffer buf, int at) {
        return buf.getInt(at + PAYLOAD_LENGTH_OFFSET);
    }

    public static int responseLength(ByteBuffer buf, int at) {
        return buf.getInt(at + RESPONSE_LENGTH_OFFSET);
    }

    public static int sequence(ByteBuffer buf, int at) {
        return buf.getInt(at + SEQUENCE_OFFSET);
    }

    /**
     * Rejects a header that cannot start a valid frame; the reason names the field and value,
     * because it ends up in the daemon's log line.
     */
    public static void checkHeader(int payloadLength, int responseLength, int magic, int maxPayload)
            throws FrameException {
        if (magic != MAGIC) {
            throw new FrameException(String.format(
                    "bad magic 0x%08x (expected 0x%08x): not an ipcbench frame", magic, MAGIC));
        }
        if (payloadLength < 0) {
            throw new FrameException("negative payload length " + payloadLength);
        }
        if (payloadLength > maxPayload) {
            throw new FrameException("payload length " + payloadLength + " exceeds the maximum " + maxPayload);
        }
        if (responseLength < NO_RESPONSE) {
            throw new FrameException("negative response length " + responseLength);
        }
        if (responseLength > maxPayload) {
            throw new FrameException("response length " + responseLength + " exceeds the maximum " + maxPayload);
        }
    }

    /** {@link #checkHeader} for a header held in a buffer at {@code at}. */
    public static void checkHeader(ByteBuffer buf, int at, int maxPayload) throws FrameException {
        checkHeader(payloadLength(buf, at), responseLength(buf, at), buf.getInt(at + MAGIC_OFFSET), maxPayload);
    }
}
