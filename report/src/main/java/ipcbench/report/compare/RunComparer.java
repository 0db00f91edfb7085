package ipcbench.report.compare;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.JmhRun;
import ipcbench.report.stats.Summary;
import ipcbench.report.stats.WelchTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Compares an old and a new side, each one or more runs. Runs on one side are pooled: their
 * samples for the same series are concatenated, so repeated runs (interleaved in CI) bring their
 * run-to-run drift into the variance instead of hiding it. A sample is a fork's mean when both
 * sides have enough forks ({@link SampleUnit}), else an iteration.
 */
public final class RunComparer {
    private RunComparer() {
    }

    public static Comparison compare(List<JmhRun> old, List<JmhRun> neu, Settings settings) {
        Map<SeriesKey, Pool> oldPools = pool(old);
        Map<SeriesKey, Pool> newPools = pool(neu);

        Map<List<String>, List<Row>> rowsByTable = new LinkedHashMap<>();
        Map<List<String>, JmhResult> firstOfTable = new LinkedHashMap<>();
        List<SeriesKey> onlyOld = new ArrayList<>();
        for (Map.Entry<SeriesKey, Pool> e : oldPools.entrySet()) {
            Pool n = newPools.get(e.getKey());
            if (n == null) {
                onlyOld.add(e.getKey());
                continue;
            }
            JmhResult first = e.getValue().first;
            List<String> table = List.of(first.benchmark(), first.mode(), first.primary().unit());
            firstOfTable.putIfAbsent(table, first);
            rowsByTable.computeIfAbsent(table, t -> new ArrayList<>())
                    .add(row(first, e.getValue(), n, settings));
        }
        List<SeriesKey> onlyNew = newPools.keySet().stream().filter(k -> !oldPools.containsKey(k)).toList();

        List<Table> tables = new ArrayList<>();
        rowsByTable.forEach((t, rows) -> {
            JmhResult first = firstOfTable.get(t);
            tables.add(new Table(first.benchmark(), first.mode(), first.primary().unit(), first.lowerIsBetter(), rows,
                    geomean(rows, true), geomean(rows, false)));
        });
        return new Comparison(sources(old), sources(neu), settings,
                EnvCheck.differences(old.get(0).env(), neu.get(0).env()), tables, onlyOld, onlyNew);
    }

    private static Row row(JmhResult first, Pool oldPool, Pool newPool, Settings settings) {
        SampleUnit unit = settings.unit();
        if (unit == SampleUnit.AUTO) {
            boolean enoughForks = oldPool.forkMeans.size() >= WelchTest.MIN_SAMPLES
                    && newPool.forkMeans.size() >= WelchTest.MIN_SAMPLES;
            unit = enoughForks ? SampleUnit.FORKS : SampleUnit.ITERATIONS;
        }
        double[] old = oldPool.array(unit);
        double[] neu = newPool.array(unit);
        Summary o = Summary.of(old, settings.confidence());
        Summary n = Summary.of(neu, settings.confidence());
        double change = n.mean() / o.mean() - 1;
        if (!WelchTest.testable(old, neu)) {
            return new Row(first.params(), o, n, change, Double.NaN, Verdict.TOO_FEW_SAMPLES, false, unit);
        }
        double p = WelchTest.pValue(old, neu);
        Verdict verdict;
        if (!(p < settings.alpha())) {
            verdict = Verdict.NO_CHANGE;
        } else if (first.lowerIsBetter() == change > 0) {
            verdict = Verdict.REGRESSION;
        } else {
            verdict = Verdict.IMPROVEMENT;
        }
        boolean failsGate = verdict == Verdict.REGRESSION && Math.abs(change) > settings.threshold();
        return new Row(first.params(), o, n, change, p, verdict, failsGate, unit);
    }

    private static double geomean(List<Row> rows, boolean old) {
        double[] means = rows.stream().mapToDouble(r -> (old ? r.old() : r.neu()).mean()).toArray();
        for (double m : means) {
            if (!(m > 0)) {
                return Double.NaN;
            }
        }
        return StatUtils.geometricMean(means);
    }

    private static Map<SeriesKey, Pool> pool(List<JmhRun> runs) {
        Map<SeriesKey, Pool> pools = new LinkedHashMap<>();
        for (JmhRun run : runs) {
            for (JmhResult r : run.results()) {
                Pool pool = pools.computeIfAbsent(SeriesKey.of(r), k -> new Pool(r));
                pool.samples.addAll(r.primary().samples());
                pool.forkMeans.addAll(r.primary().forkMeans());
            }
        }
        return pools;
    }

    private static List<String> sources(List<JmhRun> runs) {
        return runs.stream().map(r -> Objects.toString(r.source())).toList();
    }

    /** The samples of one series over the runs of a side; the first result stands for its metadata. */
    private static final class Pool {
        final JmhResult first;
        final List<Double> samples = new ArrayList<>();
        final List<Double> forkMeans = new ArrayList<>();

        Pool(JmhResult first) {
            this.first = first;
        }

        double[] array(SampleUnit unit) {
            return (unit == SampleUnit.FORKS ? forkMeans : samples).stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
