package ipcbench.bench.precision;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * How precise one result row came out: a row of precision.json ({@link PrecisionFile}).
 *
 * @param benchmark  JMH's benchmark name, e.g. {@code ipcbench.bench.jmh.RoundTrip.roundTrip}
 * @param mode       JMH's short mode label, e.g. {@code avgt}
 * @param params     every parameter of the row, as jmh.json has them
 * @param halfWidth  relative half-width of the 95 % interval of the mean; NaN with fewer than two samples (null in the file)
 * @param samples    what a sample was: {@code forks} (their means) or {@code iterations}
 * @param n          how many samples
 * @param forks      forks measured, those the precision target added included
 * @param addedForks forks the precision target added
 * @param met        whether {@code halfWidth} is within the target
 * @param finding    why not, when not met; null when met
 * @param moreForks  when not met, how many more forks would be predicted to bring it in ({@link ForksNeeded});
 *                   {@link ForksNeeded#OUT_OF_REACH} beyond {@link ForksNeeded#MAX}; 0 when met
 */
public record RowPrecision(String benchmark, String mode, Map<String, String> params, double halfWidth, String samples,
                           int n, int forks, int addedForks, boolean met, Diagnosis.Finding finding, int moreForks) {

    public static RowPrecision of(RunResult row, PrecisionGoal goal, int addedForks) {
        BenchmarkParams params = row.getParams();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        RowSamples samples = RowSamples.of(row);
        double halfWidth = samples.relativeHalfWidth();
        boolean met = goal.metBy(halfWidth);
        return new RowPrecision(params.getBenchmark(), params.getMode().shortLabel(), values, halfWidth, samples.unit(),
                samples.samples().length, row.getBenchmarkResults().size(), addedForks, met,
                met ? null : Diagnosis.of(samples, row.getPrimaryResult().getScoreUnit()),
                met ? 0 : ForksNeeded.of(samples, goal.target()));
    }

    JsonObject toJson() {
        JsonObject row = new JsonObject();
        row.addProperty("benchmark", benchmark);
        row.addProperty("mode", mode);
        JsonObject values = new JsonObject();
        params.forEach(values::addProperty);
        row.add("params", values);
        row.addProperty("halfWidth", Double.isFinite(halfWidth) ? halfWidth : null);
        row.addProperty("samples", samples);
        row.addProperty("n", n);
        row.addProperty("forks", forks);
        row.addProperty("addedForks", addedForks);
        row.addProperty("met", met);
        if (finding != null) {
            row.addProperty("diagnosis", finding.diagnosis().label());
            row.addProperty("detail", finding.detail());
            row.addProperty("moreForks", moreForks == ForksNeeded.OUT_OF_REACH ? null : moreForks);
        }
        return row;
    }
}
