package ipcbench.transport.stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import ipcbench.transport.wire.Payload;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A broken transport must fail verification, not look fast. */
class ResponseCheckTest {

    /** A correct response to request {@code sequence} of {@code requestLength} bytes. */
    private static ByteBuffer response(int sequence, int requestLength, int responseLength) {
        ByteBuffer buf = ByteBuffer.allocateDirect(Frame.HEADER_BYTES + responseLength);
        Frame.putHeader(buf, 0, responseLength, requestLength, sequence);
        Payload.fillPattern(buf, Frame.HEADER_BYTES, responseLength);
        if (Payload.stamped(requestLength) && responseLength >= Payload.STAMP_BYTES) {
            buf.putInt(Frame.HEADER_BYTES, sequence);
        }
        return buf;
    }

    private static String rejected(ByteBuffer buf, int sequence, int requestLength, int responseLength) {
        return assertThrows(FrameException.class,
                () -> new ResponseCheck().verify(buf, 0, sequence, requestLength, responseLength)).getMessage();
    }

    @Test
    void acceptsCorrectResponsesOfEveryShape() {
        ResponseCheck check = new ResponseCheck();
        int sequence = 0;
        for (int[] shape : new int[][] {{64, 64}, {0, 0}, {3, 5}, {100, 0}, {0, 100}, {65536, 65536}, {8, 1}}) {
            for (int i = 0; i < 3; i++, sequence++) {
                ByteBuffer buf = response(sequence, shape[0], shape[1]);
                int s = sequence;
                assertDoesNotThrow(() -> check.verify(buf, 0, s, shape[0], shape[1]));
            }
        }
    }

    @Test
    void rejectsAWrongSequenceLengthOrStaleEcho() {
        assertTrue(rejected(response(7, 64, 64), 8, 64, 64).contains("carries sequence 7, expected 8"));
        assertTrue(rejected(response(8, 64, 32), 8, 64, 64).contains("has 32 payload bytes, expected 64"));
        assertTrue(rejected(response(8, 32, 64), 8, 64, 64).contains("answers a request of 32 bytes"));
        ByteBuffer stale = response(8, 64, 64);
        stale.putInt(Frame.HEADER_BYTES, 5);
        assertTrue(rejected(stale, 8, 64, 64).contains("echoes the payload of request 5"));
    }

    @Test
    void rejectsACorruptPayloadByteOnAFullCheck() {
        ByteBuffer buf = response(64, 4096, 4096); // sequence 64: a full check
        int at = Frame.HEADER_BYTES + 1000;
        buf.put(at, (byte) (buf.get(at) + 1));
        assertTrue(rejected(buf, 64, 4096, 4096).contains("corrupt payload at byte 1000"));
    }

    @Test
    void rejectsATruncatedPayloadOnASampledCheck() {
        ResponseCheck check = new ResponseCheck();
        assertDoesNotThrow(() -> check.verify(response(0, 4096, 4096), 0, 0, 4096, 4096)); // the first: full
        ByteBuffer buf = response(1, 4096, 4096);
        buf.put(Frame.HEADER_BYTES + 4095, (byte) (Payload.patternByte(4095) + 1)); // e.g. a stale tail
        assertTrue(assertThrows(FrameException.class, () -> check.verify(buf, 0, 1, 4096, 4096))
                .getMessage().contains("corrupt payload at byte 4095"));
    }
}
