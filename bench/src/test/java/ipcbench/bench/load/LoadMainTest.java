package ipcbench.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command end to end at a modest rate against a real daemon: the rate is kept, and the files
 * agree with the summary. Run once for all tests (a daemon and 5 s of load on a 2-core machine).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LoadMainTest {
    private static final long RATE = 2000;
    private static final String NAME = "uds-jdk_rate=2000_conn=1_payload=64";

    @TempDir
    static Path dir;
    static int status;
    static JsonObject summary;

    @BeforeAll
    static void run() throws IOException {
        status = new CommandLine(new LoadMain()).execute("--transport", "uds-jdk", "--rate", Long.toString(RATE),
                "--warmup", "1s", "--duration", "5s", "--out", dir.toString());
        summary = JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonArray().get(0)
                .getAsJsonObject();
    }

    @Test
    void achievedRateIsWithinTwoPercentOfTarget() {
        double achieved = summary.get("achievedRate").getAsDouble();
        assertTrue(Math.abs(achieved - RATE) <= 0.02 * RATE, "achieved " + achieved + "/s, target " + RATE + "/s");
        assertEquals(0, status, summary.get("problem").getAsString());
    }

    @Test
    void hlogReadBackMatchesTheSummary() throws FileNotFoundException {
        Histogram corrected = Latencies.newHistogram();
        Histogram uncorrected = Latencies.newHistogram();
        HistogramLogReader reader = new HistogramLogReader(dir.resolve(NAME + ".hlog").toFile());
        for (EncodableHistogram interval; (interval = reader.nextIntervalHistogram()) != null; ) {
            (FixedRateLoad.UNCORRECTED_TAG.equals(interval.getTag()) ? uncorrected : corrected)
                    .add((Histogram) interval);
        }
        assertEquals(summary.get("count").getAsLong(), corrected.getTotalCount());
        assertEquals(corrected.getTotalCount(), uncorrected.getTotalCount());
        assertEquals(micros(summary, "correctedUs", "max"), corrected.getMaxValue() / 1e3, 1e-9);
        assertEquals(micros(summary, "correctedUs", "p99"), corrected.getValueAtPercentile(99) / 1e3, 1e-9);
        assertEquals(micros(summary, "uncorrectedUs", "max"), uncorrected.getMaxValue() / 1e3, 1e-9);
    }

    @Test
    void hgrmColumnsAreInMicroseconds() throws IOException {
        String hgrm = Files.readString(dir.resolve(NAME + ".hgrm"));
        double max = micros(summary, "correctedUs", "max");
        assertTrue(hgrm.contains(String.format("#[Max     = %12.3f", max)), "max " + max + " us not in:\n" + hgrm);
    }

    private static double micros(JsonObject run, String histogram, String percentile) {
        return run.getAsJsonObject(histogram).get(percentile).getAsDouble();
    }
}
