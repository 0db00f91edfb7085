package ipcbench.report.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One parameter set present on both sides.
 *
 * @param params    parameter values
 * @param old       old samples' mean and confidence interval, or median ({@link Statistic})
 * @param neu       new samples' likewise
 * @param change    new / old - 1, of means or medians
 * @param pValue    the statistic's test's p-value; NaN when untested
 * @param verdict   what the test says
 * @param failsGate a regression larger than the threshold, in a row that is not informational
 * @param unit      what the samples behind {@code old} and {@code neu} are: runs, forks, iterations or intervals
 * @param informational whether the row is compared and shown only, never failing the gate ({@link Settings#informational})
 */
public record Row(Map<String, String> params, Center old, Center neu, double change, double pValue,
                  Verdict verdict, boolean failsGate, SampleUnit unit, boolean informational) {

    public Row {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
