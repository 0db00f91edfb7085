package ipcbench.transport.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import ipcbench.transport.ByteStream;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import java.nio.ByteBuffer;

/**
 * The daemon's frame decoder against arbitrary bytes in arbitrary chunks: it yields exactly the
 * frames the bytes hold, or throws {@link FrameException}; nothing else, and it never loops.
 */
class FrameReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void yieldsTheFramesOrAFrameException(FuzzedDataProvider data) throws Exception {
        int maxPayload = data.consumeInt(0, 1024);
        int[] chunks = data.consumeInts(16);
        byte[] bytes = data.consumeRemainingAsBytes();
        ChunkedStream stream = new ChunkedStream(bytes, chunks);
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
        assertTrue(stream.reads <= bytes.length + 1, "more reads than bytes: the reader loops");
    }

    /** Hands out the bytes in chunk sizes the fuzzer chose, as a socket would. */
    private static final class ChunkedStream implements ByteStream {
        private final ByteBuffer bytes;
        private final int[] chunks;
        int reads;

        ChunkedStream(byte[] bytes, int[] chunks) {
            this.bytes = ByteBuffer.wrap(bytes);
            this.chunks = chunks.length == 0 ? new int[] {Integer.MAX_VALUE} : chunks;
        }

        @Override
        public int read(ByteBuffer dst) {
            assertTrue(dst.hasRemaining(), "read into a full buffer: a real stream returns 0, and the reader spins");
            if (!bytes.hasRemaining()) {
                return -1;
            }
            int chunk = Math.max(1, Math.floorMod(chunks[reads++ % chunks.length], 1 << 16));
            int n = Math.min(Math.min(chunk, dst.remaining()), bytes.remaining());
            dst.put(dst.position(), bytes, bytes.position(), n).position(dst.position() + n);
            bytes.position(bytes.position() + n);
            return n;
        }

        @Override
        public void write(ByteBuffer src) {
            throw new UnsupportedOperationException("the reader only reads");
        }

        @Override
        public ByteBuffer allocate(int capacity) {
            return ByteBuffer.allocate(capacity);
        }

        @Override
        public void close() {
        }
    }
}
