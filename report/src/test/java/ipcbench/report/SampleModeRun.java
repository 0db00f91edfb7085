package ipcbench.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ipcbench.bench.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run directory with one sample-mode round trip (tcp-nio, 64 bytes) whose forks have the
 * given p99s and, whatever those are, the same means: each fork's 10 000 samples are 98 % fast,
 * 1.8 % at its p99 and 0.2 % at 500 µs (its p99.9), the fast ones set so that the fork's mean is
 * {@link #MEAN}, plus 0.1 µs in every second fork (so that the means have some spread).
 */
public final class SampleModeRun {
    public static final double MEAN = 11.7;
    public static final double P999 = 500;
    private static final int FAST = 9800;
    private static final int TAIL = 180;
    private static final int SLOWEST = 20;

    private SampleModeRun() {
    }

    public static Path write(Path dir, double... forkP99s) throws IOException {
        JsonArray forks = new JsonArray();
        for (int i = 0; i < forkP99s.length; i++) {
            double mean = MEAN + 0.1 * (i % 2);
            double fast = (mean * (FAST + TAIL + SLOWEST) - TAIL * forkP99s[i] - SLOWEST * P999) / FAST;
            JsonArray histogram = new JsonArray();
            histogram.add(pair(fast, FAST));
            histogram.add(pair(forkP99s[i], TAIL));
            histogram.add(pair(P999, SLOWEST));
            JsonArray iterations = new JsonArray();
            iterations.add(histogram);
            forks.add(iterations);
        }
        JsonObject metric = new JsonObject();
        metric.addProperty("score", MEAN);
        metric.addProperty("scoreUnit", "us/op");
        metric.add("rawDataHistogram", forks);
        JsonObject params = new JsonObject();
        params.addProperty("transport", "tcp-nio");
        params.addProperty("payload", "64");
        JsonObject result = new JsonObject();
        result.addProperty("benchmark", "ipcbench.bench.jmh.RoundTrip.roundTrip");
        result.addProperty("mode", "sample");
        result.addProperty("forks", forkP99s.length);
        result.add("params", params);
        result.add("primaryMetric", metric);
        JsonArray results = new JsonArray();
        results.add(result);
        Files.createDirectories(dir);
        Files.writeString(RunDirectory.at(dir).jmhJson(), new GsonBuilder().create().toJson(results));
        return dir;
    }

    private static JsonArray pair(double value, int count) {
        JsonArray pair = new JsonArray();
        pair.add(value);
        pair.add(count);
        return pair;
    }
}
