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

    private SeriesPool(JmhResult first) {
        this.first = first;
    }

    /** Every series of a side's runs, in the order they first appear. */
    static Map<SeriesKey, SeriesPool> of(List<ComparedRun> runs) {
        Map<SeriesKey, SeriesPool> pools = new LinkedHashMap<>();
        for (ComparedRun run : runs) {
            for (JmhResult r : run.jmh().results()) {
                SeriesPool pool = pools.computeIfAbsent(SeriesKey.of(r), k -> new SeriesPool(r));
                pool.iterations.addAll(r.primary().samples());
                pool.forkMeans.addAll(r.primary().forkMeans());
                pool.forkSamples.addAll(r.primary().forkSamples());
            }
        }
        return pools;
    }

    JmhResult first() {
        return first;
    }

    int forks() {
        return forkMeans.size();
    }

    double[] means(SampleUnit unit) {
        return (unit == SampleUnit.FORKS ? forkMeans : iterations).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The tail percentile of each fork. */
    double[] forkPercentiles(Statistic tail) {
        return forkSamples.stream().mapToDouble(h -> h.percentile(tail.percentile())).filter(v -> !Double.isNaN(v))
                .toArray();
    }
}
