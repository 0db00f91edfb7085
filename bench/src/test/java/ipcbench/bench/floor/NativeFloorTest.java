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
}
