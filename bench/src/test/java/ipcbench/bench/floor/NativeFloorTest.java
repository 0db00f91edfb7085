package ipcbench.bench.floor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The C ping-pong builds with the machine's cc and answers on every mechanism. Not a measurement. */
class NativeFloorTest {
    @Test
    void buildsAndRunsEveryMechanism() throws Exception {
        assumeTrue(NativeFloor.whyNot() == null, "skipped: " + NativeFloor.whyNot());
        try (NativeFloor floor = NativeFloor.build()) {
            for (String mechanism : new String[] {"unix", "tcp", "pipe", "shm"}) {
                int cpus = Runtime.getRuntime().availableProcessors();
                double micros = floor.roundTripMicros(mechanism, 64, 0.05, 0.1, mechanism.equals("shm") && cpus > 1 ? 1 : -1);
                assertTrue(micros > 0 && Double.isFinite(micros), mechanism + ": " + micros + " us"); // it answered; no speed asked
            }
            IOException e = assertThrows(IOException.class, () -> floor.roundTripMicros("carrier-pigeon", 64, 0, 0.1, -1));
            assertTrue(e.getMessage().contains("unknown mechanism"), e.getMessage());
        }
    }

    @Test
    void streamsBatchesOnTheStreamMechanismsAndNotOnSharedMemory() throws Exception {
        assumeTrue(NativeFloor.whyNot() == null, "skipped: " + NativeFloor.whyNot());
        try (NativeFloor floor = NativeFloor.build()) {
            for (String mechanism : new String[] {"unix", "pipe"}) {
                // a chunk over a pipe's 64 KiB buffer, and one that does not divide a batch: frames split across reads
                for (int chunk : new int[] {65536, 100_000}) {
                    double mbps = floor.streamMegabytesPerSecond(mechanism, chunk, 0.05, 0.15, -1);
                    assertTrue(mbps > 0 && Double.isFinite(mbps), mechanism + " " + chunk + ": " + mbps + " MB/s");
                }
            }
            IOException e = assertThrows(IOException.class, () -> floor.streamMegabytesPerSecond("shm", 65536, 0, 0.1, -1));
            assertTrue(e.getMessage().contains("unknown mechanism shm"), e.getMessage());
        }
    }
}
