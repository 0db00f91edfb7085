package ipcbench.bench.target;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The two figures of a target run that another tool's can be set beside: one client's mean time and rate. */
public final class JmhFigures {
    private final Map<String, Double> latencyMicros = new HashMap<>();
    private final Map<String, Double> oneClientRate = new HashMap<>();

    private JmhFigures() {
    }

    /** From the run's jmh.json (JMH's format): TargetLatency's avgt, TargetThroughput's thrpt at clients=1, by target. */
    public static JmhFigures read(Path jmhJson) throws IOException {
        JmhFigures figures = new JmhFigures();
        for (JsonElement element : JsonParser.parseString(Files.readString(jmhJson, StandardCharsets.UTF_8))
                .getAsJsonArray()) {
            JsonObject row = element.getAsJsonObject();
            JsonObject params = row.getAsJsonObject("params");
            if (params == null || !params.has("target")) {
                continue;
            }
            String benchmark = row.get("benchmark").getAsString();
            String mode = row.get("mode").getAsString();
            double score = row.getAsJsonObject("primaryMetric").get("score").getAsDouble();
            String target = params.get("target").getAsString();
            if (benchmark.endsWith(".TargetLatency.roundTrip") && mode.equals("avgt")) {
                figures.latencyMicros.put(target, score);
            } else if (benchmark.endsWith(".TargetThroughput.request") && params.get("clients").getAsInt() == 1) {
                figures.oneClientRate.put(target, score);
            }
        }
        return figures;
    }

    /** µs per round trip (JMH's unit for TargetLatency); NaN when not measured. */
    public double latencyMicros(String target) {
        return latencyMicros.getOrDefault(target, Double.NaN);
    }

    /** Requests/s of one client; NaN when not measured. */
    public double oneClientRate(String target) {
        return oneClientRate.getOrDefault(target, Double.NaN);
    }
}
