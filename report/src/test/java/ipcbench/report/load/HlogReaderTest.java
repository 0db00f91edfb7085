package ipcbench.report.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.Cli;
import ipcbench.report.jmh.ResultsFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HlogReaderTest {

    @Test
    void readsTheCorrectedPercentileOfEachIntervalInMicroseconds(@TempDir Path run) throws IOException {
        Path load = RunDirectory.at(run).loadDir();
        HlogFixture.write(load, "uds-jdk_rate=20000_conn=1_payload=64", 50, 60, 70);
        HlogFixture.write(load, "tcp-nio_client=caller_rate=20000_conn=1_payload=64", 80);
        Files.writeString(load.resolve("summary.json"), "[]");

        List<IntervalLog> logs = HlogReader.readRun(run, 99);

        assertEquals(List.of("tcp-nio_client=caller_rate=20000_conn=1_payload=64",
                        "uds-jdk_rate=20000_conn=1_payload=64"), logs.stream().map(IntervalLog::name).toList());
        List<Double> uds = logs.get(1).micros();
        assertEquals(3, uds.size(), "the uncorrected intervals are not read: " + uds);
        for (int i = 0; i < 3; i++) {
            assertEquals(50 + 10 * i, uds.get(i), 0.1); // HdrHistogram's 3 significant digits
        }
        assertEquals(10, HlogReader.readRun(run, 50).get(1).micros().get(0), 0.01);
    }

    @Test
    void theNameSpellsTheParameters() {
        assertEquals(Map.of("transport", "tcp-nio", "client", "caller", "rate", "20000", "conn", "1", "payload", "64"),
                new IntervalLog("tcp-nio_client=caller_rate=20000_conn=1_payload=64", 99, List.of()).params());
        assertEquals(Map.of("run", "my_run"), new IntervalLog("my_run", 99, List.of()).params());
    }

    @Test
    void noLoadFolderIsNoLogs() throws IOException {
        assertEquals(List.of(), HlogReader.readRun(Cli.runDir("table-run"), 99));
    }

    @Test
    void aDamagedLogNamesItsFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.hlog");
        Files.writeString(f, "#[StartTime: 0]\n0.000,1.000,1.0,notbase64\n");
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> HlogReader.read(f, 99));
        assertTrue(e.getMessage().startsWith(f + ": not a readable histogram log"), e.getMessage());
    }
}
