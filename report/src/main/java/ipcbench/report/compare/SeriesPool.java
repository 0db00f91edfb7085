package ipcbench.report.compare;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.SampleHistogram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The samples of one JMH series over the runs of a side; the first result stands for its metadata. */
final class SeriesPool {
    private final JmhResult first;
    private final List<Double> iterations = new ArrayList<>();
    private final List<Double> forkMeans = new ArrayList<>();
    private final List<SampleHistogram> forkSamples = new ArrayList<>();
    private final List<Double> runMeans = new ArrayList<>();

    private SeriesPool(JmhResult first) {
        this.first = first;
    }

    /** Every series of a side's runs, in the order they first appear. */
    static Map<SeriesKey, SeriesPool> of(List<ComparedRun> runs) {
        Map<SeriesKey, SeriesPool> pools = new LinkedHashMap<>();
        for (ComparedRun run : runs) {
            // A run may hold a series in more than one result (a pass that added forks): its mean is over all of them.
            Map<SeriesKey, List<JmhResult>> ofRun = new LinkedHashMap<>();
            for (JmhResult r : run.jmh().results()) {
                ofRun.computeIfAbsent(SeriesKey.of(r), k -> new ArrayList<>()).add(r);
            }
            ofRun.forEach((key, results) -> {
                SeriesPool pool = pools.computeIfAbsent(key, k -> new SeriesPool(results.get(0)));
                int forksBefore = pool.forkMeans.size();
                for (JmhResult r : results) {
                    pool.iterations.addAll(r.primary().samples());
                    pool.forkMeans.addAll(r.primary().forkMeans());
                    pool.forkSamples.addAll(r.primary().forkSamples());
                }
                pool.runMeans.add(runMean(results, pool.forkMeans.subList(forksBefore, pool.forkMeans.size())));
            });
        }
        return pools;
    }

    /** The mean of the run's fork means, each fork weighing alike; JMH's score when it kept no raw data. */
    private static double runMean(List<JmhResult> results, List<Double> forkMeans) {
        if (forkMeans.isEmpty()) {
            return results.stream().mapToDouble(r -> r.primary().score()).average().orElseThrow();
        }
        return forkMeans.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    JmhResult first() {
        return first;
    }

    int forks() {
        return forkMeans.size();
    }

    int runs() {
        return runMeans.size();
    }

    double[] means(SampleUnit unit) {
        List<Double> samples = switch (unit) {
            case RUNS -> runMeans;
            case FORKS -> forkMeans;
            case ITERATIONS -> iterations;
            case AUTO, INTERVALS -> throw new IllegalArgumentException("not a unit of a JMH series: " + unit);
        };
        return samples.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The tail percentile of each fork. */
    double[] forkPercentiles(Statistic tail) {
        return forkSamples.stream().mapToDouble(h -> h.percentile(tail.percentile())).filter(v -> !Double.isNaN(v))
                .toArray();
    }
}
