package ipcbench.report.compare;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.ResultKey;
import ipcbench.report.load.IntervalLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Compares an old and a new side, each one or more runs. Runs on one side are pooled: their
 * samples for the same series are concatenated, so repeated runs (interleaved in CI) bring their
 * run-to-run drift into the variance instead of hiding it. A mean's sample is a run's mean when
 * both sides have enough runs, else a fork's mean when both have enough forks ({@link SampleUnit}),
 * else an iteration. Sample-mode series are
 * compared at their tails too, by the p99 and p99.9 of each fork (the forks are the independent
 * runs; an iteration's p99.9 rests on a few samples), and load-generator runs by the p99 of each
 * interval.
 */
public final class RunComparer {
    /** The benchmark and mode of the load generator's tables. */
    public static final String LOAD = "load";
    public static final String LOAD_MODE = "corrected";
    private static final String LOAD_UNIT = "us";
    private static final List<Statistic> FORK_TAILS = List.of(Statistic.P99, Statistic.P999);

    private RunComparer() {
    }

    public static Comparison compare(List<ComparedRun> old, List<ComparedRun> neu, Settings settings) {
        Map<List<Object>, TableRows> tables = new LinkedHashMap<>();
        Map<SeriesKey, SeriesPool> oldPools = SeriesPool.of(old);
        Map<SeriesKey, SeriesPool> newPools = SeriesPool.of(neu);
        oldPools.forEach((key, o) -> {
            SeriesPool n = newPools.get(key);
            if (n == null) {
                return;
            }
            JmhResult r = o.first();
            SampleUnit unit = meanUnit(o, n, settings.unit());
            table(tables, r, Statistic.MEAN).add(r.params(), o.means(unit), n.means(unit), unit, settings);
            if (r.sampleMode()) { // latencies of single operations: there are tails
                for (Statistic tail : FORK_TAILS) {
                    table(tables, r, tail).add(r.params(), o.forkPercentiles(tail), n.forkPercentiles(tail),
                            SampleUnit.FORKS, settings);
                }
            }
        });
        Map<SeriesKey, List<Double>> oldLoad = loadPools(old);
        Map<SeriesKey, List<Double>> newLoad = loadPools(neu);
        oldLoad.forEach((key, o) -> {
            List<Double> n = newLoad.get(key);
            if (n != null) {
                tables.computeIfAbsent(List.of(LOAD), k -> new TableRows(LOAD, LOAD_MODE, LOAD_UNIT,
                                ComparedRun.LOAD_TAIL, true))
                        .add(key.key().params(), array(o), array(n), SampleUnit.INTERVALS, settings);
            }
        });
        List<String> warnings = new ArrayList<>(EnvCheck.differences(old.get(0).jmh().env(), neu.get(0).jmh().env()));
        warnings.addAll(EnvCheck.injectedDelays(old, neu));
        return new Comparison(sources(old), sources(neu), settings, warnings,
                tables.values().stream().map(TableRows::table).toList(),
                oneSided(oldPools, oldLoad, newPools, newLoad), oneSided(newPools, newLoad, oldPools, oldLoad));
    }

    /** The unit asked for; for auto the most independent one both sides have enough of. */
    private static SampleUnit meanUnit(SeriesPool old, SeriesPool neu, SampleUnit asked) {
        if (asked != SampleUnit.AUTO) {
            return asked;
        }
        int enough = Statistic.MEAN.minSamples();
        if (old.runs() >= enough && neu.runs() >= enough) {
            return SampleUnit.RUNS;
        }
        return old.forks() >= enough && neu.forks() >= enough ? SampleUnit.FORKS : SampleUnit.ITERATIONS;
    }

    private static TableRows table(Map<List<Object>, TableRows> tables, JmhResult r, Statistic statistic) {
        String unit = r.primary().unit();
        return tables.computeIfAbsent(List.of(r.benchmark(), r.mode(), unit, statistic),
                k -> new TableRows(r.benchmark(), r.mode(), unit, statistic, r.lowerIsBetter()));
    }

    /** Each load-generator run's interval percentiles, by its parameters, concatenated over a side's runs. */
    private static Map<SeriesKey, List<Double>> loadPools(List<ComparedRun> runs) {
        Map<SeriesKey, List<Double>> pools = new LinkedHashMap<>();
        for (ComparedRun run : runs) {
            for (IntervalLog log : run.load()) {
                SeriesKey key = new SeriesKey(new ResultKey(LOAD, LOAD_MODE, log.params()), LOAD_UNIT);
                pools.computeIfAbsent(key, k -> new ArrayList<>()).addAll(log.micros());
            }
        }
        return pools;
    }

    private static List<SeriesKey> oneSided(Map<SeriesKey, ?> jmh, Map<SeriesKey, ?> load,
                                            Map<SeriesKey, ?> otherJmh, Map<SeriesKey, ?> otherLoad) {
        return Stream.concat(jmh.keySet().stream().filter(k -> !otherJmh.containsKey(k)),
                load.keySet().stream().filter(k -> !otherLoad.containsKey(k))).toList();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<String> sources(List<ComparedRun> runs) {
        return runs.stream().map(r -> Objects.toString(r.jmh().source())).toList();
    }
}
