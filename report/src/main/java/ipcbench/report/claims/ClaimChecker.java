package ipcbench.report.claims;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.JmhRun;
import ipcbench.report.jmh.ModelParams;
import ipcbench.report.jmh.Metric;
import ipcbench.report.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks claims against a run. For each set of the other parameters, the results picked by side
 * a are set against those picked by side b, and a row's verdict comes from the confidence
 * intervals: for "a lower than f × b", supported when a's upper end is below f × b's lower end,
 * not supported when a's lower end is above f × b's upper end, inconclusive when they overlap.
 */
public final class ClaimChecker {
    private static final String ALTERNATIVES = "\\|";
    private static final String MIN = "min";
    private static final String MAX = "max";

    private final double confidence;

    /** @param confidence level of the intervals, e.g. 0.95 */
    public ClaimChecker(double confidence) {
        this.confidence = confidence;
    }

    public ClaimResult check(Claim claim, JmhRun run) {
        Set<String> selectors = new LinkedHashSet<>(claim.a().keySet());
        selectors.addAll(claim.b().keySet());
        Map<Map<String, String>, List<JmhResult>> groups = new LinkedHashMap<>();
        for (JmhResult r : run.results()) {
            if (applies(claim, r)) {
                Map<String, String> context = new LinkedHashMap<>(r.params());
                context.keySet().removeAll(selectors);
                groups.computeIfAbsent(context, c -> new ArrayList<>()).add(r);
            }
        }
        List<Evidence> rows = new ArrayList<>();
        Set<String> untested = new LinkedHashSet<>();
        groups.forEach((context, results) -> {
            for (JmhResult a : pick(claim.a(), results)) {
                for (JmhResult b : pick(claim.b(), results)) {
                    if (a == b) {
                        continue;
                    }
                    String whyNotA = whyNoValue(claim.metric(), a);
                    String whyNotB = whyNoValue(claim.metric(), b);
                    if (whyNotA != null || whyNotB != null) {
                        // said, not dropped: a row nobody sees would make a claim look tested
                        untested.add(whyNotA != null ? whyNotA : whyNotB);
                    } else {
                        rows.add(evidence(claim, context, a, b));
                    }
                }
            }
        });
        return new ClaimResult(claim, Outcome.combine(rows.stream().map(Evidence::outcome).toList()), rows,
                List.copyOf(untested));
    }

    /** Why a result cannot give the claim's metric (see {@link #value}), or null when it can. */
    private static String whyNoValue(String metric, JmhResult r) {
        if (Claim.PRIMARY.equals(metric)) {
            return null;
        }
        List<Metric> parts = List.copyOf(r.secondary(metric).values());
        String what = r.key().paramText() + ": ";
        if (parts.isEmpty()) {
            return what + "no " + metric + "* metric (the run did not use the profiler that records it)";
        }
        List<String> units = parts.stream().map(Metric::unit).distinct().toList();
        if (units.size() > 1) {
            return what + "the " + metric + "* metrics have different units " + units;
        }
        List<Integer> counts = parts.stream().map(m -> m.samples().size()).toList();
        if (counts.stream().distinct().count() > 1) {
            return what + "the " + metric + "* metrics have different iteration counts " + counts
                    + " (a profiler missed an iteration), so they cannot be added up iteration by iteration";
        }
        return null;
    }

    private static boolean applies(Claim claim, JmhResult r) {
        if (!claim.benchmark().matcher(r.benchmark()).find()) {
            return false;
        }
        if (claim.mode() != null && !claim.mode().equals(r.mode())) {
            return false;
        }
        return claim.where().entrySet().stream().allMatch(w -> {
            // a result from before a model or protocol parameter existed was measured at its default
            String value = r.param(w.getKey()) != null ? r.param(w.getKey()) : ModelParams.defaultOf(w.getKey());
            return value == null || w.getValue().equals(value);
        });
    }

    /** The results of a group that a side's selector picks; min and max are over the group. */
    private static List<JmhResult> pick(Map<String, String> selector, List<JmhResult> group) {
        List<JmhResult> picked = new ArrayList<>(group);
        selector.forEach((param, wanted) -> {
            String target = wanted.equals(MIN) || wanted.equals(MAX) ? extreme(param, wanted, group) : null;
            Set<String> allowed = Set.of(target != null ? new String[] {target} : wanted.split(ALTERNATIVES));
            picked.removeIf(r -> !allowed.contains(Objects.toString(r.param(param), "")));
        });
        return picked;
    }

    private static String extreme(String param, String which, List<JmhResult> group) {
        return group.stream().map(r -> r.param(param)).filter(Objects::nonNull)
                .filter(v -> v.matches("-?\\d+(\\.\\d+)?"))
                .reduce((x, y) -> (Double.parseDouble(y) > Double.parseDouble(x)) == which.equals(MAX) ? y : x)
                .orElse(null);
    }

    private Evidence evidence(Claim claim, Map<String, String> context, JmhResult a, JmhResult b) {
        Value va = value(claim.metric(), a);
        Value vb = value(claim.metric(), b);
        Outcome outcome;
        if (!va.unit.equals(vb.unit)) {
            outcome = Outcome.NOT_TESTED;
        } else {
            outcome = judge(claim, va.estimate, vb.estimate);
        }
        return new Evidence(context, label(claim.a(), a), va.estimate, label(claim.b(), b), vb.estimate, va.unit,
                outcome);
    }

    static Outcome judge(Claim claim, Estimate a, Estimate b) {
        if (!a.hasInterval() || !b.hasInterval()) {
            return Outcome.INCONCLUSIVE;
        }
        double bLow = claim.factor() * b.low();
        double bHigh = claim.factor() * b.high();
        boolean lower = claim.expect() == Claim.Direction.LOWER;
        if (lower ? a.high() < bLow : a.low() > bHigh) {
            return Outcome.SUPPORTED;
        }
        if (lower ? a.low() > bHigh : a.high() < bLow) {
            return Outcome.NOT_SUPPORTED;
        }
        return Outcome.INCONCLUSIVE;
    }

    private static String label(Map<String, String> selector, JmhResult r) {
        StringBuilder sb = new StringBuilder();
        selector.keySet().forEach(k -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(r.param(k)));
        return sb.toString();
    }

    /**
     * The claim's metric of a result that has it ({@link #whyNoValue} is null): the primary metric,
     * or the sum of the secondary metrics with the prefix, iteration by iteration, so that the sum
     * keeps an interval.
     */
    private Value value(String metric, JmhResult r) {
        if (Claim.PRIMARY.equals(metric)) {
            return new Value(Estimate.of(r.primary(), confidence), r.primary().unit());
        }
        List<Metric> parts = List.copyOf(r.secondary(metric).values());
        return new Value(Estimate.ofSum(parts, confidence), parts.get(0).unit());
    }

    private record Value(Estimate estimate, String unit) {
    }
}
