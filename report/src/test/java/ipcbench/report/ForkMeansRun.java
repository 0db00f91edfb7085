package ipcbench.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ipcbench.bench.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a run directory of avgt round trips at 64 B, one row per transport, whose forks have the
 * given means (each fork three iterations, 0.1 % either side of its mean), and an env.json of the
 * ci profile on one machine, with an injected delay when one is given.
 */
public final class ForkMeansRun {
    private ForkMeansRun() {
    }

    /** {@code forkMeans}: per transport, its forks' means in us/op; {@code delay} as env.json has it, or null. */
    public static Path write(Path dir, Map<String, double[]> forkMeans, String delay) throws IOException {
        JsonArray results = new JsonArray();
        forkMeans.forEach((transport, means) -> {
            JsonArray forks = new JsonArray();
            for (double mean : means) {
                JsonArray iterations = new JsonArray();
                iterations.add(mean * 0.999);
                iterations.add(mean);
                iterations.add(mean * 1.001);
                forks.add(iterations);
            }
            JsonObject metric = new JsonObject();
            metric.addProperty("score", means[0]);
            metric.addProperty("scoreUnit", "us/op");
            metric.add("rawData", forks);
            JsonObject params = new JsonObject();
            params.addProperty("payload", "64");
            params.addProperty("transport", transport);
            JsonObject result = new JsonObject();
            result.addProperty("benchmark", "ipcbench.bench.jmh.RoundTrip.roundTrip");
            result.addProperty("mode", "avgt");
            result.addProperty("forks", means.length);
            result.add("params", params);
            result.add("primaryMetric", metric);
            results.add(result);
        });
        JsonObject env = new JsonObject();
        env.addProperty("cpuModel", "Intel(R) Xeon(R) CPU @ 2.20GHz");
        env.addProperty("cores", 2);
        env.addProperty("kernel", "Linux 6.1.0");
        env.addProperty("jdkVendor", "Eclipse Adoptium");
        env.addProperty("jdkVersion", "17.0.15+6");
        env.addProperty("jvmFlags", "-XX:+UseSerialGC");
        env.addProperty("profile", "ci");
        if (delay != null) {
            env.addProperty("injectedDelay", delay);
        }
        Files.createDirectories(dir);
        RunDirectory run = RunDirectory.at(dir);
        Files.writeString(run.jmhJson(), new GsonBuilder().create().toJson(results));
        Files.writeString(run.envJson(), new GsonBuilder().create().toJson(env));
        return dir;
    }
}
