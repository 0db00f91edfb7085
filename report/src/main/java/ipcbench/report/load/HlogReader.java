package ipcbench.report.load;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.ResultsFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Reads the load generator's interval logs ({@code load/*.hlog}, HdrHistogram's
 * {@code HistogramLogWriter} format): one histogram per second in nanoseconds, untagged for the
 * corrected latency (from the intended send time) and tagged {@code uncorrected} for the other,
 * which is skipped here.
 */
public final class HlogReader {
    private static final double NANOS_PER_MICRO = 1000;

    private HlogReader() {
    }

    /** Every {@code load/*.hlog} of a run directory, by file name; none when there is no such folder. */
    public static List<IntervalLog> readRun(Path runDir, double percentile) throws IOException {
        Path load = RunDirectory.at(runDir).loadDir();
        if (!Files.isDirectory(load)) {
            return List.of();
        }
        List<IntervalLog> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(load)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".hlog")).sorted().toList()) {
                logs.add(read(f, percentile));
            }
        }
        return logs;
    }

    /** @throws ResultsFileException naming the file, when HdrHistogram cannot read it */
    public static IntervalLog read(Path file, double percentile) throws IOException {
        List<Double> micros = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); HistogramLogReader log = new HistogramLogReader(in)) {
            for (EncodableHistogram h = log.nextIntervalHistogram(); h != null; h = log.nextIntervalHistogram()) {
                if (!(h instanceof AbstractHistogram interval)) {
                    throw new ResultsFileException(file, "a histogram of doubles; the load generator writes integers");
                }
                if (interval.getTag() == null && interval.getTotalCount() > 0) { // the last interval may hold nothing
                    micros.add(interval.getValueAtPercentile(percentile) / NANOS_PER_MICRO);
                }
            }
        } catch (RuntimeException e) {
            // HdrHistogram reports a damaged line or histogram with unchecked exceptions
            throw new ResultsFileException(file, "not a readable histogram log: " + e, e);
        }
        return new IntervalLog(file.getFileName().toString().replaceFirst("\\.hlog$", ""), percentile, micros);
    }
}
