package ipcbench.bench.precision;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's {@code precision.json}: how precise each result row of jmh.json came out, written when
 * the run had a precision target. Each family appends its rows. The format (docs/precision.md):
 *
 * <pre>
 * {"target": 0.05,                 the relative half-width asked for (--precision 5%)
 *  "budgetSeconds": 270,           the run's budget (--budget)
 *  "rows": [{
 *    "benchmark": "ipcbench.bench.jmh.RoundTrip.roundTrip",
 *    "mode": "avgt",               with benchmark and params, the key of the row in jmh.json
 *    "params": {"payload": "64", "transport": "uds-jdk", ...},   every parameter, as jmh.json has them
 *    "halfWidth": 0.073,           half-width of the 95 % interval of the mean over the mean; null: fewer than 2 samples
 *    "samples": "forks",           "forks" (their means; 4 forks or more) or "iterations"
 *    "n": 5,                       how many samples
 *    "forks": 5,                   forks measured, as jmh.json's row has them
 *    "addedForks": 3,              of those, the forks the target added
 *    "met": false,                 halfWidth within the target; false: the row is unstable
 *    "diagnosis": "drift",         only when not met: bimodal, drift, trend within fork or scatter
 *    "detail": "fork means 12.1 -> 14.0 us/op over 5 forks"}]}   only when not met: what was seen
 * </pre>
 */
public final class PrecisionFile {
    private PrecisionFile() {
    }

    /** Adds {@code rows} to those already in {@code file}, with the run's target and budget. */
    public static void append(Path file, PrecisionGoal goal, List<RowPrecision> rows) throws IOException {
        JsonArray all = Files.exists(file)
                ? JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("rows")
                : new JsonArray();
        rows.forEach(row -> all.add(row.toJson()));
        JsonObject precision = new JsonObject();
        precision.addProperty("target", goal.target());
        precision.addProperty("budgetSeconds", goal.budget().toSeconds());
        precision.add("rows", all);
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(precision) + "\n",
                StandardCharsets.UTF_8);
    }
}
