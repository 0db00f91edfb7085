package ipcbench.report.compare;

import ipcbench.report.stats.Summary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One parameter set present on both sides.
 *
 * @param params    parameter values
 * @param old       old samples' mean and confidence interval
 * @param neu       new samples' mean and confidence interval
 * @param change    new mean / old mean - 1
 * @param pValue    Welch's t-test p-value; NaN when untested
 * @param verdict   what the test says
 * @param failsGate a regression larger than the threshold
 * @param unit      what the samples behind {@code old} and {@code neu} are: forks or iterations
 */
public record Row(Map<String, String> params, Summary old, Summary neu, double change, double pValue,
                  Verdict verdict, boolean failsGate, SampleUnit unit) {

    public Row {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
