package ipcbench.report.compare;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.JmhReader;
import ipcbench.report.jmh.JmhRun;
import ipcbench.report.load.HlogReader;
import ipcbench.report.load.IntervalLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run as {@code compare} reads it: its JMH results and its load generator's interval logs. A
 * run of {@code run-bench.sh load} has logs only; a JMH JSON file given alone has no logs.
 *
 * @param jmh  the JMH results (none for a load-only run) with the run's env.json
 * @param load the corrected {@link #LOAD_TAIL} of each interval, per load-generator run
 */
public record ComparedRun(JmhRun jmh, List<IntervalLog> load) {
    /**
     * The load generator's statistic: p99 only, as a second's p99.9 rests on a handful of requests
     * at moderate rates (one at 1000/s).
     */
    public static final Statistic LOAD_TAIL = Statistic.P99;

    public ComparedRun {
        load = List.copyOf(load);
    }

    /**
     * @throws ipcbench.report.jmh.ResultsFileException naming the file, when one is malformed, or when
     *                                                   there is neither jmh.json nor a load log
     */
    public static ComparedRun read(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return new ComparedRun(JmhReader.read(path), List.of());
        }
        List<IntervalLog> load = HlogReader.readRun(path, LOAD_TAIL.percentile());
        boolean loadOnly = !load.isEmpty() && !Files.exists(RunDirectory.at(path).jmhJson());
        JmhRun jmh = loadOnly ? new JmhRun(path, JmhReader.envOf(path), List.of()) : JmhReader.read(path);
        return new ComparedRun(jmh, load);
    }
}
