package ipcbench.report.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhReaderTest {

    @Test
    void readsResultsAndEnvironmentOfARunDirectory() throws IOException {
        JmhRun run = JmhReader.read(Cli.runDir("table-run"));

        assertEquals("quick", run.env().get("profile"));
        assertEquals(4, run.results().size());
        JmhResult avgt = run.results().get(0);
        assertEquals("RoundTrip.roundTrip", avgt.key().shortName());
        assertEquals(List.of("transport", "payload", "response"), List.copyOf(avgt.params().keySet()));
        assertEquals("us/op", avgt.primary().unit());
        assertTrue(avgt.lowerIsBetter());
        // rawData [[5 of fork 1], [5 of fork 2]] flattened in order
        assertEquals(10, avgt.primary().samples().size());
        assertEquals(19.92, avgt.primary().samples().get(0), 1e-9);
        assertEquals(19.98, avgt.primary().samples().get(9), 1e-9);
        // JMH writes an undefined error as the string "NaN"
        assertTrue(Double.isNaN(avgt.secondary().get("·gc.alloc.rate.norm").error()));

        JmhResult sample = run.results().get(2);
        assertEquals("sample", sample.mode());
        // one sample per iteration: the mean of its histogram, e.g. (6*20 + 3*30 + 1*200) / 10
        assertEquals(List.of(41.0, 23.0, 30.0, 22.0), sample.primary().samples());
        assertEquals(20.0, sample.primary().percentile(50).orElseThrow(), 1e-9);
        // per fork, its iterations merged: fork 1 is 20 x13, 30 x6, 200; fork 2 is 20 x13, 30 x2, 40 x5
        List<SampleHistogram> forks = sample.primary().forkSamples();
        assertEquals(List.of(20L, 20L), forks.stream().map(SampleHistogram::count).toList());
        assertEquals(List.of(30.0, 40.0), forks.stream().map(f -> f.percentile(90)).toList());
        assertEquals(List.of(200.0, 40.0), forks.stream().map(f -> f.percentile(99)).toList());
        assertTrue(avgt.primary().forkSamples().isEmpty());
    }

    @Test
    void aForksPercentileIsTheOneJmhReportsForThatFork() throws IOException {
        // real one-fork sample-mode results: JMH's percentiles are that fork's
        for (JmhResult r : JmhReader.read(Cli.runDir("real-uds-tcp")).results()) {
            if (r.mode().equals("sample")) {
                SampleHistogram fork = r.primary().forkSamples().get(0);
                for (double p : new double[] {50, 99, 99.9, 99.99}) {
                    double jmh = r.primary().percentile(p).orElseThrow();
                    assertEquals(jmh, fork.percentile(p), jmh * 1e-12, r.params() + " p" + p);
                }
            }
        }
    }

    @Test
    void theDaemonsJdkIsTheOneEnvJsonRecordsElseTheForksForARunFromBeforeItWasRecorded() throws IOException {
        assertEquals("25.0.1+8-LTS (Eclipse Adoptium)", JmhReader.read(Cli.runDir("models-run-jdk25")).daemonJdk());
        // no daemonJvms in its env.json: the daemons ran on the benchmark JVMs' java
        assertEquals("17.0.15", JmhReader.read(Cli.runDir("table-run")).daemonJdk());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = Cli.runDir("tight-old").resolve("no-such-run");
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> JmhReader.read(missing));
        assertEquals(missing, e.file());
        assertTrue(e.getMessage().startsWith(missing + ": no such file"), e.getMessage());
    }

    @Test
    void directoryWithoutJmhJsonNamesTheExpectedFile(@TempDir Path dir) {
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> JmhReader.read(dir));
        assertEquals(dir.resolve("jmh.json"), e.file());
    }

    @Test
    void emptyFileIsNamed() {
        Path dir = Cli.runDir("empty");
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> JmhReader.read(dir));
        assertEquals(dir.resolve("jmh.json"), e.file());
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void malformedJsonIsNamed() {
        Path dir = Cli.runDir("malformed");
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> JmhReader.read(dir));
        assertEquals(dir.resolve("jmh.json"), e.file());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void entryWithoutAPrimaryMetricIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("jmh.json"), "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\"}]");
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> JmhReader.read(file));
        assertEquals(file + ": entry 0: missing 'primaryMetric'", e.getMessage());
    }

    @Test
    void malformedEnvJsonIsNamed(@TempDir Path dir) throws IOException {
        Files.copy(Cli.runDir("tight-old").resolve("jmh.json"), dir.resolve("jmh.json"));
        Files.writeString(dir.resolve("env.json"), "{\"kernel\": ");
        ResultsFileException e = assertThrows(ResultsFileException.class, () -> JmhReader.read(dir));
        assertEquals(dir.resolve("env.json"), e.file());
    }
}
