package ipcbench.report.compare;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.ResultKey;

/**
 * What must match for two results to be compared: benchmark, mode, parameters and unit. A unit
 * change (us/op against ns/op) makes the series one-sided rather than silently mixing scales.
 */
public record SeriesKey(ResultKey key, String unit) {

    static SeriesKey of(JmhResult r) {
        return new SeriesKey(r.key(), r.primary().unit());
    }

    /** {@code RoundTrip.roundTrip avgt us/op transport=uds-jdk payload=64}. */
    public String describe() {
        String params = key.paramText();
        return key.shortName() + " " + key.mode() + " " + unit + (params.isEmpty() ? "" : " " + params);
    }
}
