package ipcbench.report.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes small interval logs as the load generator does: a corrected and a tagged uncorrected
 * histogram a second, in ns.
 */
public final class HlogFixture {
    /** Of each interval's 1000 requests, the slowest 2 % take the interval's p99; the rest 10 µs. */
    private static final int REQUESTS = 1000;
    private static final int SLOW = 20;
    private static final long FAST_NANOS = 10_000;

    private HlogFixture() {
    }

    /** {@code dir/name.hlog} with one interval per value, whose corrected p99 is that many µs. */
    public static Path write(Path dir, String name, double... p99Micros) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".hlog");
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            HistogramLogWriter log = new HistogramLogWriter(out);
            log.outputLogFormatVersion();
            log.outputStartTime(0);
            log.outputLegend();
            for (int i = 0; i < p99Micros.length; i++) {
                Histogram corrected = interval(i);
                corrected.recordValueWithCount(FAST_NANOS, REQUESTS - SLOW);
                corrected.recordValueWithCount(Math.round(p99Micros[i] * 1000), SLOW);
                log.outputIntervalHistogram(corrected);
                Histogram uncorrected = interval(i);
                uncorrected.recordValueWithCount(FAST_NANOS / 2, REQUESTS); // to be skipped by readers
                uncorrected.setTag("uncorrected");
                log.outputIntervalHistogram(uncorrected);
            }
        }
        return file;
    }

    private static Histogram interval(int second) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        h.setStartTimeStamp(second * 1000L);
        h.setEndTimeStamp((second + 1) * 1000L);
        return h;
    }
}
