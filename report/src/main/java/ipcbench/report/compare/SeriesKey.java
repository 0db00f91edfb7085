package ipcbench.report.compare;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.ModelParams;
import ipcbench.report.jmh.ResultKey;

/**
 * What must match for two results to be compared: benchmark, mode, parameters and unit. A unit
 * change (us/op against ns/op) makes the series one-sided rather than silently mixing scales. The
 * server and client models are parameters like any other, except that a run from before they
 * existed matches the default ones ({@link ModelParams#withoutDefaults}).
 */
public record SeriesKey(ResultKey key, String unit) {

    static SeriesKey of(JmhResult r) {
        return new SeriesKey(new ResultKey(r.benchmark(), r.mode(), ModelParams.withoutDefaults(r.params())),
                r.primary().unit());
    }

    /** {@code RoundTrip.roundTrip avgt us/op transport=uds-jdk payload=64}. */
    public String describe() {
        String params = key.paramText();
        return key.shortName() + " " + key.mode() + " " + unit + (params.isEmpty() ? "" : " " + params);
    }
}
