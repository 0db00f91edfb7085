package ipcbench.report.precision;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ipcbench.bench.precision.ForksNeeded;
import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.ResultsFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run directory's {@code precision.json}, written by the rerun loop that reruns results until
 * the half-width of each mean's 95 % interval is within the target or the time budget is spent:
 * {@code {"target": 0.05, "budgetSeconds": N, "rows": [{"benchmark", "mode", "params": {…},
 * "halfWidth", "samples": "forks"|"iterations", "n", "met", "diagnosis", "detail", "moreForks"}]}}. A run without
 * the file has {@link #NONE}: nothing is marked.
 *
 * @param target        the half-width aimed at, as a fraction of the mean (0.05); NaN when absent
 * @param budgetSeconds the time the loop had; NaN when absent
 * @param rows          one per result the loop looked at
 */
public record Precision(double target, double budgetSeconds, List<PrecisionRow> rows) {
    public static final Precision NONE = new Precision(Double.NaN, Double.NaN, List.of());

    public Precision {
        rows = List.copyOf(rows);
    }

    /** The rows that missed the target, in file order. */
    public List<PrecisionRow> unstable() {
        return rows.stream().filter(r -> !r.met()).toList();
    }

    /** The row of a result that missed the target, if it did. */
    public Optional<PrecisionRow> unstable(JmhResult r) {
        return rows.stream().filter(p -> !p.met() && p.matches(r)).findFirst();
    }

    /** The file of a run directory; {@link #NONE} for a JSON file or a run without one. */
    public static Precision read(Path run) throws IOException {
        Path file = RunDirectory.at(run).precisionJson();
        if (!Files.isDirectory(run) || !Files.exists(file)) {
            return NONE;
        }
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            List<PrecisionRow> rows = new ArrayList<>();
            if (root.has("rows")) {
                int i = 0;
                for (JsonElement e : root.getAsJsonArray("rows")) {
                    try {
                        rows.add(row(e.getAsJsonObject()));
                    } catch (RuntimeException ex) {
                        throw new ResultsFileException(file, "row " + i + ": " + ex.getMessage(), ex);
                    }
                    i++;
                }
            }
            return new Precision(number(root, "target"), number(root, "budgetSeconds"), rows);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new ResultsFileException(file, "expected an object with a \"rows\" array: " + e.getMessage(), e);
        }
    }

    private static PrecisionRow row(JsonObject o) {
        Map<String, String> params = new LinkedHashMap<>();
        if (o.has("params")) {
            o.getAsJsonObject("params").entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        }
        return new PrecisionRow(required(o, "benchmark").getAsString(), required(o, "mode").getAsString(), params,
                number(o, "halfWidth"), text(o, "samples"), o.has("n") ? o.get("n").getAsInt() : 0,
                required(o, "met").getAsBoolean(), text(o, "diagnosis"), text(o, "detail"), outlook(o));
    }

    /** precision.json's {@code moreForks} in words: a count, or null for a row out of reach; absent in older files. */
    private static String outlook(JsonObject o) {
        if (!o.has("moreForks")) {
            return "";
        }
        return ForksNeeded.outlook(o.get("moreForks").isJsonNull() ? ForksNeeded.OUT_OF_REACH
                : o.get("moreForks").getAsInt());
    }

    private static JsonElement required(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("missing '" + name + "'");
        }
        return e;
    }

    private static double number(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsDouble() : Double.NaN;
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : "";
    }
}
