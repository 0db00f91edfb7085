package ipcbench.report.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;

/** A table being filled: each row judged by the table's statistic as it is added. */
final class TableRows {
    private final String benchmark;
    private final String mode;
    private final String unit;
    private final Statistic statistic;
    private final boolean lowerIsBetter;
    private final List<Row> rows = new ArrayList<>();

    TableRows(String benchmark, String mode, String unit, Statistic statistic, boolean lowerIsBetter) {
        this.benchmark = benchmark;
        this.mode = mode;
        this.unit = unit;
        this.statistic = statistic;
        this.lowerIsBetter = lowerIsBetter;
    }

    void add(Map<String, String> params, double[] old, double[] neu, SampleUnit samples, Settings settings) {
        Center o = statistic.center(old, settings.confidence());
        Center n = statistic.center(neu, settings.confidence());
        double change = n.value() / o.value() - 1;
        boolean informational = settings.informational(benchmark, params);
        if (!statistic.testable(old, neu)) {
            rows.add(new Row(params, o, n, change, Double.NaN, Verdict.TOO_FEW_SAMPLES, false, samples, informational));
            return;
        }
        double p = statistic.pValue(old, neu);
        Verdict verdict;
        if (!(p < settings.alpha())) {
            verdict = Verdict.NO_CHANGE;
        } else if (lowerIsBetter == change > 0) {
            verdict = Verdict.REGRESSION;
        } else {
            verdict = Verdict.IMPROVEMENT;
        }
        boolean failsGate = verdict == Verdict.REGRESSION && Math.abs(change) > settings.threshold() && !informational;
        rows.add(new Row(params, o, n, change, p, verdict, failsGate, samples, informational));
    }

    Table table() {
        return new Table(benchmark, mode, unit, statistic, lowerIsBetter, rows, geomean(true), geomean(false));
    }

    private double geomean(boolean old) {
        double[] values = rows.stream().mapToDouble(r -> (old ? r.old() : r.neu()).value()).toArray();
        for (double v : values) {
            if (!(v > 0)) {
                return Double.NaN;
            }
        }
        return StatUtils.geometricMean(values);
    }
}
