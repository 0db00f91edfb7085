package ipcbench.transport.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes through the rings arrive whole and in order, whatever the writes' and reads' sizes. */
class RingStreamTest {
    @TempDir
    Path dir;

    @Test
    void writesLongerThanAMessageArriveWholeThroughSmallReads() throws Exception {
        SharedRings rings = SharedRings.create(dir.resolve("rings.shm"));
        RingStream client = new RingStream(rings.responses, rings.requests, 7, new BusySpinIdleStrategy(), () -> true);
        RingStream daemon = new RingStream(rings.requests, rings.responses, 0, new BusySpinIdleStrategy(), () -> true);
        int size = 3 * client.maxMessage() + 16;
        ByteBuffer sent = ByteBuffer.allocateDirect(size);
        for (int i = 0; i < size; i++) {
            sent.put(i, (byte) (i * 31));
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                client.write(sent.duplicate());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ByteBuffer got = ByteBuffer.allocateDirect(size);
        int[] sizes = {8192, 16, 1 << 20, 1 << 22, 100};
        for (int r = 0; got.hasRemaining(); r++) {
            ByteBuffer view = got.duplicate();
            view.limit(Math.min(size, got.position() + sizes[r % sizes.length]));
            int n = daemon.read(view);
            got.position(got.position() + n);
        }
        writer.get(10, TimeUnit.SECONDS);
        got.flip();
        assertEquals(sent.rewind(), got);
        rings.remove();
    }
}
