package ipcbench.transport.stream;

import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import ipcbench.transport.wire.Payload;
import java.nio.ByteBuffer;

/**
 * Verifies responses: the whole header always, the payload's sequence stamp and two sampled
 * bytes always, and every byte of one response in {@value #FULL_CHECK_EVERY} (and the first).
 * Reuses its views so checking allocates nothing.
 */
public final class ResponseCheck {
    static final int FULL_CHECK_EVERY = 64;

    private ByteBuffer pattern = Payload.pattern(0);
    private ByteBuffer patternView = pattern.duplicate();
    private ByteBuffer checkedBuf;
    private ByteBuffer checkedView;
    private boolean checkedOnce;

    /** Verifies the response frame at {@code at} in {@code buf}; throws naming the first difference. */
    public void verify(ByteBuffer buf, int at, int sequence, int requestLength, int responseLength)
            throws FrameException {
        int length = Frame.payloadLength(buf, at);
        int echoedRequestLength = Frame.responseLength(buf, at);
        int gotSequence = Frame.sequence(buf, at);
        if (gotSequence != sequence) {
            throw new FrameException("response carries sequence " + gotSequence + ", expected " + sequence
                    + " (lost, duplicated or reordered response)");
        }
        if (length != responseLength) {
            throw new FrameException("response " + sequence + " has " + length + " payload bytes, expected "
                    + responseLength);
        }
        if (echoedRequestLength != requestLength) {
            throw new FrameException("response " + sequence + " answers a request of " + echoedRequestLength
                    + " bytes, expected " + requestLength);
        }
        verifyPayload(buf, at + Frame.HEADER_BYTES, length, sequence, requestLength);
    }

    /**
     * Verifies a response payload of {@code length} bytes at {@code payloadAt} in {@code buf}, the
     * answer to request {@code sequence} of {@code requestLength} bytes: the echo of the request's
     * bytes (its sequence stamp first), then the pattern; as thoroughly as a frame's, for the
     * protocols that carry the same payload in their own bodies (an HTTP body, a protobuf field).
     */
    public void verifyPayload(ByteBuffer buf, int payloadAt, int length, int sequence, int requestLength)
            throws FrameException {
        int patternFrom = 0;
        if (Payload.stamped(requestLength)) {
            if (length >= Payload.STAMP_BYTES) {
                int stamp = buf.getInt(payloadAt);
                if (stamp != sequence) {
                    throw new FrameException("response " + sequence + " echoes the payload of request " + stamp);
                }
            }
            // a shorter answer is the stamp's first bytes: no pattern to compare them with
            patternFrom = Math.min(length, Payload.STAMP_BYTES);
        }
        if (length > patternFrom) {
            if (!checkedOnce || (sequence & (FULL_CHECK_EVERY - 1)) == 0) {
                checkedOnce = true;
                verifyAll(buf, payloadAt, patternFrom, length, sequence);
            } else {
                verifyByte(buf, payloadAt, length - 1, sequence);
                verifyByte(buf, payloadAt, patternFrom + (length - patternFrom) / 2, sequence);
            }
        }
    }

    private static void verifyByte(ByteBuffer buf, int payloadAt, int index, int sequence) throws FrameException {
        if (buf.get(payloadAt + index) != Payload.patternByte(index)) {
            throw corrupt(sequence, index);
        }
    }

    private void verifyAll(ByteBuffer buf, int payloadAt, int from, int to, int sequence) throws FrameException {
        if (pattern.capacity() < to) {
            pattern = Payload.pattern(to);
            patternView = pattern.duplicate();
        }
        if (buf != checkedBuf) {
            checkedBuf = buf;
            checkedView = buf.duplicate();
        }
        checkedView.limit(payloadAt + to).position(payloadAt + from);
        patternView.limit(to).position(from);
        int mismatch = checkedView.mismatch(patternView);
        if (mismatch >= 0) {
            throw corrupt(sequence, from + mismatch);
        }
    }

    private static FrameException corrupt(int sequence, int index) {
        return new FrameException("response " + sequence + " has a corrupt payload at byte " + index);
    }
}
