package ipcbench.transport.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.FrameBudget;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import ipcbench.transport.wire.Payload;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FrameReaderTest {
    private static final int MAX = 1 << 20;

    static byte[] frame(int payloadLength, int responseLength, int magic, int sequence, int actualPayload) {
        ByteBuffer buf = ByteBuffer.allocate(Frame.HEADER_BYTES + actualPayload);
        Frame.putHeader(buf, 0, payloadLength, responseLength, sequence);
        buf.putInt(8, magic);
        Payload.fillPattern(buf, Frame.HEADER_BYTES, actualPayload);
        return buf.array();
    }

    static byte[] frame(int payloadLength, int sequence) {
        return frame(payloadLength, payloadLength, Frame.MAGIC, sequence, payloadLength);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void aStreamThatReadsAheadIsAskedForTheExpectedFrameExactly() throws Exception {
        ScriptedStream stream = new ScriptedStream(concat(frame(64, 1), frame(16384, 2)), 1 << 20).readingAhead();
        FrameReader reader = new FrameReader(stream, MAX);
        assertTrue(reader.next(64));
        assertTrue(reader.next(16384));
        // one read per frame, for exactly that frame: a BufferedInputStream asked for more than has
        // arrived calls available(), two more system calls per round trip
        assertEquals(List.of(Frame.HEADER_BYTES + 64, Frame.HEADER_BYTES + 16384), stream.asked());
    }

    @Test
    void otherStreamsAreAskedForAReadAheadEvenForASmallFrame() throws Exception {
        ScriptedStream stream = new ScriptedStream(frame(64, 1), 1 << 20);
        assertTrue(new FrameReader(stream, MAX).next(64));
        assertEquals(List.of(8192), stream.asked());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16, 17, 1000, 1 << 20})
    void readsFramesWhateverTheChunking(int chunk) throws Exception {
        byte[] input = concat(frame(0, 1), frame(64, 2), frame(200_000, 3), frame(5, 4));
        FrameReader reader = new FrameReader(new ScriptedStream(input, chunk), MAX);
        int[] lengths = {0, 64, 200_000, 5};
        for (int i = 0; i < lengths.length; i++) {
            assertTrue(reader.next());
            ByteBuffer buf = reader.buffer();
            int at = reader.frameOffset();
            assertEquals(lengths[i], Frame.payloadLength(buf, at));
            assertEquals(i + 1, Frame.sequence(buf, at));
            int last = lengths[i] - 1;
            if (last >= 0) {
                assertEquals(Payload.patternByte(last), buf.get(at + Frame.HEADER_BYTES + last));
            }
        }
        assertFalse(reader.next(), "clean end between frames");
    }

    @Test
    void tellsPipelinedBytesApart() throws Exception {
        FrameReader reader = new FrameReader(new ScriptedStream(concat(frame(8, 1), frame(8, 2)), 1 << 20), MAX);
        assertTrue(reader.next());
        assertTrue(reader.hasBufferedBytesAfterFrame());
        assertTrue(reader.next());
        assertFalse(reader.hasBufferedBytesAfterFrame());
    }

    private static String failure(byte[] input) {
        FrameReader reader = new FrameReader(new ScriptedStream(input, 7), MAX);
        return assertThrows(FrameException.class, () -> {
            while (reader.next()) {
                // drain
            }
        }).getMessage();
    }

    @Test
    void rejectsBadInputNamingTheReason() {
        assertEquals("negative payload length -5", failure(frame(-5, 0, Frame.MAGIC, 1, 0)));
        assertEquals("payload length " + (MAX + 1) + " exceeds the maximum " + MAX,
                failure(frame(MAX + 1, 0, Frame.MAGIC, 1, 0)));
        assertEquals("negative response length -2", failure(frame(0, -2, Frame.MAGIC, 1, 0)));
        assertTrue(failure(frame(4, 4, 0x12345678, 1, 4)).startsWith("bad magic 0x12345678"));
        assertEquals("truncated frame: stream ended after 10 of 16 header bytes",
                failure(java.util.Arrays.copyOf(frame(4, 1), 10)));
        assertEquals("truncated frame: stream ended after 50 of 80 bytes",
                failure(concat(frame(8, 1), java.util.Arrays.copyOf(frame(64, 2), 50))));
    }

    @Test
    void memoryFollowsTheBytesReceivedNotTheLengthDeclared() throws Exception {
        // a header declaring a megabyte, then 100 bytes, then the end
        FrameReader reader = new FrameReader(new ScriptedStream(frame(MAX, 0, Frame.MAGIC, 1, 100), 1 << 20), MAX);
        assertThrows(FrameException.class, reader::next);
        assertTrue(reader.buffer().capacity() <= FrameBudget.FREE_BYTES, "capacity " + reader.buffer().capacity());
    }

    @Test
    void growthIsTakenFromTheBudgetAndGivenBack() throws Exception {
        FrameBudget budget = FrameBudget.of(1 << 20);
        FrameReader reader = new FrameReader(new ScriptedStream(frame(200_000, 1), 4096), MAX, budget,
                Watchdog.unwatched());
        assertTrue(reader.next());
        assertEquals(reader.buffer().capacity() - FrameBudget.FREE_BYTES, budget.used());
        assertTrue(reader.buffer().capacity() < 2 * (Frame.HEADER_BYTES + 200_000));
        reader.release();
        assertEquals(0, budget.used());
    }

    @Test
    void aFrameOverTheBudgetIsRefusedNamingItsSizeAndTheBudget() {
        FrameBudget budget = FrameBudget.of(64 * 1024);
        FrameReader reader = new FrameReader(new ScriptedStream(frame(500_000, 1), 1 << 20), MAX, budget,
                Watchdog.unwatched());
        String message = assertThrows(FrameException.class, reader::next).getMessage();
        assertTrue(message.startsWith("a frame of 500016 bytes needs a "), message);
        assertTrue(message.endsWith("over the daemon's frame budget (" + budget.used() + " of 65536 bytes in use)"), message);
        reader.release();
        assertEquals(0, budget.used());
    }
}
