package ipcbench.transport.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.Payload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFramesTest {
    private final RequestFrames frames = new RequestFrames(PooledByteBufAllocator.DEFAULT);

    /** What the channel does with a frame once written. */
    private static void written(ByteBuf frame) {
        frame.readerIndex(frame.writerIndex()).release();
    }

    private static void assertFrame(ByteBuf frame, int sequence, int requestLength, int responseLength) {
        assertEquals(0, frame.readerIndex());
        assertEquals(Frame.HEADER_BYTES + requestLength, frame.readableBytes());
        assertEquals(requestLength, frame.getInt(0));
        assertEquals(responseLength, frame.getInt(4));
        assertEquals(Frame.MAGIC, frame.getInt(8));
        assertEquals(sequence, frame.getInt(12));
        int patternFrom = 0;
        if (Payload.stamped(requestLength)) {
            assertEquals(sequence, frame.getInt(Frame.HEADER_BYTES));
            patternFrom = Payload.STAMP_BYTES;
        }
        for (int i = patternFrom; i < requestLength; i++) {
            assertEquals(Payload.patternByte(i), frame.getByte(Frame.HEADER_BYTES + i), "payload byte " + i);
        }
    }

    @Test
    void aWrittenFrameIsSentAgain() {
        ByteBuf first = frames.take(1, 64, 64);
        assertFrame(first, 1, 64, 64);
        assertEquals(2, first.refCnt());
        written(first);
        ByteBuf second = frames.take(2, 2, Frame.NO_RESPONSE);
        assertSame(first, second);
        assertFrame(second, 2, 2, Frame.NO_RESPONSE); // the pattern again where the stamp was
        written(second);
        frames.release();
        assertEquals(0, first.refCnt());
    }

    @Test
    void framesStillQueuedAreNotTouchedAndTheOldestIsReusedFirst() {
        List<ByteBuf> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(frames.take(i, 1000, 0));
        }
        for (int i = 0; i < 3; i++) {
            assertFrame(queued.get(i), i, 1000, 0);
        }
        written(queued.get(0));
        ByteBuf reused = frames.take(3, 1000, 0);
        assertSame(queued.get(0), reused);
        assertNotSame(queued.get(1), reused);
        assertFrame(queued.get(1), 1, 1000, 0);
        written(reused);
        written(queued.get(1));
        written(queued.get(2));
        frames.release();
        queued.forEach(frame -> assertEquals(0, frame.refCnt()));
    }

    @Test
    void beyondTheLimitAFrameIsTheChannelsAlone() {
        int payload = RequestFrames.MAX_BYTES / 2;
        List<ByteBuf> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(frames.take(i, payload, 0));
        }
        assertEquals(2, queued.get(0).refCnt());
        assertEquals(1, queued.get(1).refCnt()); // over the limit with the header bytes
        assertFrame(queued.get(2), 2, payload, 0);
        queued.forEach(RequestFramesTest::written);
        frames.release();
        queued.forEach(frame -> assertEquals(0, frame.refCnt()));
    }

    @Test
    void aLargerRequestReplacesTheFramesAndQueuedOnesStayValid() {
        ByteBuf small = frames.take(1, 16, 16);
        ByteBuf large = frames.take(2, 4096, 16);
        assertFrame(small, 1, 16, 16);
        assertFrame(large, 2, 4096, 16);
        assertEquals(1, small.refCnt()); // only the channel's reference is left
        written(small);
        written(large);
        assertSame(large, frames.take(3, 100, 0));
        frames.release();
        assertEquals(1, large.refCnt()); // the channel's, until written
    }
}
