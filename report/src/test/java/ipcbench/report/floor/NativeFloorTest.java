package ipcbench.report.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipcbench.report.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** floor.json's round-trip rows are C floors; its stream rows (MB/s, Stream against C) are not. */
class NativeFloorTest {
    @TempDir
    Path run;

    @Test
    void aFloorRunsRoundTripRowsAreItsFloorsAndItsStreamRowsAreNot() throws IOException {
        List<NativeFloor> floors = NativeFloor.read(Cli.runDir("floor-run"));

        assertEquals(List.of(new NativeFloor("uds", "uds-jdk", 4.6, 4, 64), new NativeFloor("tcp", "tcp-nio", 6.5, 4, 64),
                new NativeFloor("pipe", "pipe-stdio", 3.0, 4, 64), new NativeFloor("shm", "shm-spin", 0.3, 4, 64)), floors);
    }

    @Test
    void theKindDecidesAndARowWithoutOneIsARoundTripAt64Bytes() throws IOException {
        Files.writeString(run.resolve("floor.json"), """
                [{"mechanism": "uds", "transport": "uds-jdk", "nativeMeanUs": 4.1, "rounds": 3},
                 {"kind": "roundTrip", "mechanism": "pipe", "transport": "pipe-stdio", "payload": 1024, "nativeMeanUs": 3.5,
                  "rounds": 2},
                 {"kind": "stream", "mechanism": "uds", "transport": "uds-jdk", "chunk": 65536, "unit": "MB/s",
                  "nativeMeanUs": 7500.0, "nativeMean": 7500.0, "rounds": 2}]
                """, StandardCharsets.UTF_8);

        assertEquals(List.of(new NativeFloor("uds", "uds-jdk", 4.1, 3, 64), new NativeFloor("pipe", "pipe-stdio", 3.5, 2, 1024)),
                NativeFloor.read(run));
    }
}
