package ipcbench.transport.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The daemon's frame decoder against arbitrary bytes in arbitrary chunks: it yields exactly the
 * frames the bytes hold, or throws {@link FrameException}; nothing else, and it never spins.
 * Inputs that once failed live in the resources next to this class and run on every build.
 */
class FrameReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void yieldsTheFramesOrAFrameException(FuzzedDataProvider data) throws Exception {
        int maxPayload = data.consumeInt(0, 1024);
        int[] chunks = Arrays.stream(data.consumeInts(16)).map(c -> 1 + Math.floorMod(c, 1 << 16)).toArray();
        byte[] bytes = data.consumeRemainingAsBytes();
        ScriptedStream stream = new ScriptedStream(bytes, chunks.length == 0 ? new int[] {Integer.MAX_VALUE} : chunks);
        FrameReader reader = new FrameReader(stream, maxPayload);
        int consumed = 0;
        try {
            while (reader.next()) {
                ByteBuffer buf = reader.buffer();
                int at = reader.frameOffset();
                Frame.checkHeader(buf, at, maxPayload);
                int length = Frame.HEADER_BYTES + Frame.payloadLength(buf, at);
                assertEquals(ByteBuffer.wrap(bytes, consumed, length), buf.duplicate().limit(at + length).position(at));
                consumed += length;
            }
            assertEquals(bytes.length, consumed, "a clean end is only possible between frames");
        } catch (FrameException expected) {
            assertTrue(consumed < bytes.length);
        }
        assertTrue(stream.reads() <= bytes.length + 1, "more reads than bytes: the reader loops");
    }
}
