package ipcbench.report.jmh;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ipcbench.bench.run.RunDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reads what {@code scripts/run-bench.sh} leaves in a run directory: {@code jmh.json} (JMH
 * {@code -rf json}) and the optional {@code env.json} (a flat object describing the machine).
 *
 * <p>JMH's format, as far as it is used here: a JSON array of objects with {@code benchmark},
 * {@code mode}, {@code params} (absent when there are none), {@code primaryMetric} and
 * {@code secondaryMetrics}. A metric has {@code score}, {@code scoreError},
 * {@code scoreConfidence [lo, hi]}, {@code scorePercentiles {"50.0": …}}, {@code scoreUnit} and either
 * {@code rawData} (per fork, per iteration scores) or, in sample mode,
 * {@code rawDataHistogram} (per fork, per iteration, {@code [value, count]} pairs). JMH writes
 * NaN and infinities as the strings {@code "NaN"}, {@code "+INF"} and {@code "-INF"}.
 */
public final class JmhReader {
    private JmhReader() {
    }

    /**
     * Reads a run directory, or a JMH JSON file together with an {@code env.json} beside it if there
     * is one.
     *
     * @throws ResultsFileException naming the file, when it is missing, empty or malformed
     */
    public static JmhRun read(Path path) throws IOException {
        Path jmhFile = Files.isDirectory(path) ? RunDirectory.at(path).jmhJson() : path;
        return new JmhRun(path, envOf(path), readResults(jmhFile));
    }

    /** The {@code env.json} of a run directory, or the one beside a JMH JSON file; empty when there is none. */
    public static Map<String, String> envOf(Path path) throws IOException {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path envFile = dir == null ? null : RunDirectory.at(dir).envJson();
        return envFile != null && Files.isRegularFile(envFile) ? readEnv(envFile) : Map.of();
    }

    /** Reads a JMH JSON file alone; one without any result is an error, as nothing can be shown. */
    public static List<JmhResult> readResults(Path file) throws IOException {
        JsonElement root = parse(file);
        if (!root.isJsonArray()) {
            throw new ResultsFileException(file, "expected a JSON array of JMH results");
        }
        List<JmhResult> results = new ArrayList<>();
        JsonArray entries = root.getAsJsonArray();
        for (int i = 0; i < entries.size(); i++) {
            try {
                results.add(result(entries.get(i)));
            } catch (RuntimeException e) {
                // Gson's accessors throw unchecked exceptions on wrong types; name the entry instead.
                throw new ResultsFileException(file, "entry " + i + ": " + e.getMessage(), e);
            }
        }
        if (results.isEmpty()) {
            throw new ResultsFileException(file, "no benchmark results");
        }
        return results;
    }

    /** Reads a flat {@code env.json}; values that are not strings keep their JSON text. */
    public static Map<String, String> readEnv(Path file) throws IOException {
        JsonElement root = parse(file);
        if (!root.isJsonObject()) {
            throw new ResultsFileException(file, "expected a JSON object");
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            JsonElement v = e.getValue();
            env.put(e.getKey(), v.isJsonPrimitive() ? v.getAsString() : v.toString());
        }
        return env;
    }

    private static JsonElement parse(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new ResultsFileException(file, "no such file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultsFileException(file, "cannot read: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new ResultsFileException(file, "empty file");
        }
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new ResultsFileException(file, "malformed JSON: " + e.getMessage(), e);
        }
    }

    private static JmhResult result(JsonElement element) {
        JsonObject o = element.getAsJsonObject();
        Map<String, String> params = new LinkedHashMap<>();
        if (o.has("params")) {
            o.getAsJsonObject("params").entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        }
        Map<String, Metric> secondary = new LinkedHashMap<>();
        if (o.has("secondaryMetrics")) {
            o.getAsJsonObject("secondaryMetrics").entrySet()
                    .forEach(e -> secondary.put(e.getKey(), metric(e.getValue().getAsJsonObject())));
        }
        List<String> jvmArgs = new ArrayList<>();
        if (o.has("jvmArgs")) {
            o.getAsJsonArray("jvmArgs").forEach(a -> jvmArgs.add(a.getAsString()));
        }
        return new JmhResult(required(o, "benchmark").getAsString(), required(o, "mode").getAsString(), params,
                metric(required(o, "primaryMetric").getAsJsonObject()), secondary,
                o.has("forks") ? o.get("forks").getAsInt() : 0, o.has("threads") ? o.get("threads").getAsInt() : 0,
                jvmArgs, text(o, "jdkVersion"), text(o, "vmName"));
    }

    private static Metric metric(JsonObject m) {
        double score = number(required(m, "score"));
        double error = m.has("scoreError") ? number(m.get("scoreError")) : Double.NaN;
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (m.has("scoreConfidence")) {
            JsonArray ci = m.getAsJsonArray("scoreConfidence");
            lo = number(ci.get(0));
            hi = number(ci.get(1));
        }
        NavigableMap<Double, Double> percentiles = new TreeMap<>();
        if (m.has("scorePercentiles")) {
            m.getAsJsonObject("scorePercentiles").entrySet()
                    .forEach(e -> percentiles.put(Double.parseDouble(e.getKey()), number(e.getValue())));
        }
        List<Double> samples = new ArrayList<>();
        List<Double> forkMeans = new ArrayList<>();
        List<SampleHistogram> forkSamples = new ArrayList<>();
        boolean histograms = m.has("rawDataHistogram");
        if (histograms || m.has("rawData")) {
            for (JsonElement fork : m.getAsJsonArray(histograms ? "rawDataHistogram" : "rawData")) {
                List<Double> ofFork = new ArrayList<>();
                List<SampleHistogram> iterations = new ArrayList<>();
                for (JsonElement iteration : fork.getAsJsonArray()) {
                    if (histograms) {
                        SampleHistogram h = histogram(iteration.getAsJsonArray());
                        iterations.add(h);
                        ofFork.add(h.mean()); // the iteration's score
                    } else {
                        ofFork.add(number(iteration));
                    }
                }
                samples.addAll(ofFork);
                if (!ofFork.isEmpty()) {
                    forkMeans.add(ofFork.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
                }
                if (histograms) {
                    forkSamples.add(SampleHistogram.merge(iterations));
                }
            }
        }
        return new Metric(score, error, lo, hi, required(m, "scoreUnit").getAsString(), percentiles, samples,
                forkMeans, forkSamples);
    }

    /** An iteration in sample mode: [value, count] pairs. */
    private static SampleHistogram histogram(JsonArray buckets) {
        TreeMap<Double, Long> counts = new TreeMap<>();
        for (JsonElement b : buckets) {
            JsonArray pair = b.getAsJsonArray();
            counts.merge(number(pair.get(0)), pair.get(1).getAsLong(), Long::sum);
        }
        return new SampleHistogram(counts);
    }

    private static double number(JsonElement e) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            switch (e.getAsString()) {
                case "NaN": return Double.NaN;
                case "+INF": return Double.POSITIVE_INFINITY;
                case "-INF": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        return e.getAsDouble();
    }

    private static JsonElement required(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("missing '" + name + "'");
        }
        return e;
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) ? o.get(name).getAsString() : "";
    }
}
