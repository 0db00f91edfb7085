package ipcbench.report.compare;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/**
 * The JSON rendering, for tools. Numbers that are undefined (a p-value that was not computed, an
 * interval from one sample) are {@code null}; changes and thresholds are fractions, not percents.
 * A table's {@code statistic} says what its rows compare: {@code mean} (each side's {@code mean}
 * and {@code ciHalfWidth}) or a tail, {@code p99} or {@code p99.9} (each side's {@code median}).
 */
final class JsonFormat {
    private JsonFormat() {
    }

    static String render(Comparison c) {
        JsonObject root = new JsonObject();
        root.add("old", strings(c.oldSources()));
        root.add("new", strings(c.newSources()));
        root.add("threshold", number(c.settings().threshold()));
        root.add("alpha", number(c.settings().alpha()));
        root.add("confidence", number(c.settings().confidence()));
        root.add("envWarnings", strings(c.envWarnings()));
        JsonArray tables = new JsonArray();
        for (Table t : c.tables()) {
            JsonObject table = new JsonObject();
            table.addProperty("benchmark", t.benchmark());
            table.addProperty("mode", t.mode());
            table.addProperty("unit", t.unit());
            table.addProperty("statistic", t.statistic().label());
            table.addProperty("lowerIsBetter", t.lowerIsBetter());
            JsonArray rows = new JsonArray();
            for (Row r : t.rows()) {
                JsonObject row = new JsonObject();
                row.add("params", params(r.params()));
                row.add("old", center(r.old(), t.statistic()));
                row.add("new", center(r.neu(), t.statistic()));
                row.add("change", number(r.change()));
                row.add("pValue", number(r.pValue()));
                row.addProperty("verdict", r.verdict().name().toLowerCase(java.util.Locale.ROOT));
                row.addProperty("failsGate", r.failsGate());
                row.addProperty("informational", r.informational());
                row.addProperty("samples", r.unit().name().toLowerCase(java.util.Locale.ROOT));
                rows.add(row);
            }
            table.add("rows", rows);
            JsonObject geomean = new JsonObject();
            geomean.add("old", number(t.geomeanOld()));
            geomean.add("new", number(t.geomeanNew()));
            geomean.add("change", number(t.geomeanChange()));
            table.add("geomean", geomean);
            tables.add(table);
        }
        root.add("tables", tables);
        root.add("onlyOld", series(c.onlyOld()));
        root.add("onlyNew", series(c.onlyNew()));
        root.addProperty("gateFailures", c.gateFailures());
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }

    private static JsonObject center(Center c, Statistic statistic) {
        JsonObject o = new JsonObject();
        o.addProperty("n", c.n());
        if (statistic.isTail()) {
            o.add("median", number(c.value()));
        } else {
            o.add("mean", number(c.value()));
            o.add("ciHalfWidth", number(c.halfWidth()));
        }
        return o;
    }

    private static JsonArray series(List<SeriesKey> keys) {
        JsonArray a = new JsonArray();
        for (SeriesKey k : keys) {
            JsonObject o = new JsonObject();
            o.addProperty("benchmark", k.key().benchmark());
            o.addProperty("mode", k.key().mode());
            o.addProperty("unit", k.unit());
            o.add("params", params(k.key().params()));
            a.add(o);
        }
        return a;
    }

    private static JsonObject params(Map<String, String> params) {
        JsonObject o = new JsonObject();
        params.forEach(o::addProperty);
        return o;
    }

    private static JsonArray strings(List<String> strings) {
        JsonArray a = new JsonArray();
        strings.forEach(a::add);
        return a;
    }

    private static JsonElement number(double d) {
        return Double.isFinite(d) ? new JsonPrimitive(d) : JsonNull.INSTANCE;
    }
}
