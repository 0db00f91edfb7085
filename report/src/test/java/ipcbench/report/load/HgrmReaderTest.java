package ipcbench.report.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import ipcbench.report.jmh.ResultsFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HgrmReaderTest {

    @Test
    void readsValueAndPercentileColumnsOfEachLoadFile() throws IOException {
        List<PercentileCurve> curves = HgrmReader.readRun(Cli.runDir("full-run"));

        assertEquals(List.of("tcp-nio_rate=20000_connections=1", "uds-jdk_rate=20000_connections=1"),
                curves.stream().map(PercentileCurve::name).toList());
        PercentileCurve uds = curves.get(1);
        assertEquals(List.of(0.0, 50.0, 75.0, 90.0, 99.0, 99.9, 99.99, 99.999, 100.0),
                uds.percentiles().stream().map(p -> Math.round(p * 1000) / 1000.0).toList());
        assertEquals(14.0, uds.values().get(1), 1e-9);
        assertEquals(1260.0, uds.values().get(8), 1e-9);
    }

    @Test
    void noLoadFolderIsNoCurves() throws IOException {
        assertEquals(List.of(), HgrmReader.readRun(Cli.runDir("table-run")));
    }

    @Test
    void aBadLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.hgrm");
        Files.writeString(f, "       Value     Percentile TotalCount 1/(1-Percentile)\n\n 1.0 0.5 10 2.0\n oops\n");
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> HgrmReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ": line 4: expected 'value percentile …', got 'oops'"), e.getMessage());
        Files.writeString(f, "#[Mean = 1]\n");
        assertTrue(assertThrows(ResultsFileException.class, () -> HgrmReader.read(f)).getMessage()
                .endsWith("no percentile lines"));
    }
}
