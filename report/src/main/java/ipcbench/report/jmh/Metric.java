package ipcbench.report.jmh;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One JMH metric (the primary one or a secondary such as {@code ·gc.alloc.rate.norm}).
 *
 * @param score       JMH's score: mean of the iterations (for sample mode, of all samples)
 * @param error       half-width of JMH's confidence interval (99.9 % by default); NaN when JMH had
 *                    too few iterations to compute one
 * @param ciLow       lower end of that interval
 * @param ciHigh      upper end of that interval
 * @param unit        as JMH prints it, e.g. {@code us/op} or {@code ops/s}
 * @param percentiles percentile (0–100) to value; of iteration scores, except in sample mode where
 *                    they are of the individual samples
 * @param samples     one value per measurement iteration, forks concatenated in order; for sample
 *                    mode the mean of each iteration's histogram. Empty when JMH omitted raw data.
 * @param forkMeans   one value per fork: the mean of its {@code samples}
 * @param forkSamples sample mode only (else empty): one histogram per fork of all its samples,
 *                    the iterations merged, for per-fork percentiles
 */
public record Metric(double score, double error, double ciLow, double ciHigh, String unit,
                     NavigableMap<Double, Double> percentiles, List<Double> samples, List<Double> forkMeans,
                     List<SampleHistogram> forkSamples) {

    public Metric {
        percentiles = Collections.unmodifiableNavigableMap(new TreeMap<>(percentiles));
        samples = List.copyOf(samples);
        forkMeans = List.copyOf(forkMeans);
        forkSamples = List.copyOf(forkSamples);
    }

    /**
     * This metric with every value multiplied by {@code factor}, in another unit and without
     * percentiles or histograms.
     */
    public Metric scaled(double factor, String newUnit) {
        return new Metric(score * factor, error * factor, ciLow * factor, ciHigh * factor, newUnit, new TreeMap<>(),
                samples.stream().map(s -> s * factor).toList(), forkMeans.stream().map(s -> s * factor).toList(),
                List.of());
    }

    /** The given percentile (0–100) if JMH reported it. */
    public OptionalDouble percentile(double p) {
        Double v = percentiles.get(p);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
