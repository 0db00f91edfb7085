package ipcbench.report.render;

import ipcbench.report.claims.Claim;
import ipcbench.report.claims.ClaimResult;
import ipcbench.report.claims.Evidence;
import ipcbench.report.claims.Outcome;
import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.sections.LoadedRun;
import ipcbench.report.stats.Estimate;
import ipcbench.report.stats.WelchTest;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures that decided a verdict, in words; the same text in HTML and Markdown. */
final class ClaimText {
    private ClaimText() {
    }

    /**
     * {@code payload=64: transport=uds-jdk 15.20 [14.91, 15.49] vs transport=tcp-nio 20.10 [19.80, 20.40]
     * us/op; ratio 0.756, claimed < 1.00× → supported}.
     */
    static String evidence(Claim claim, Evidence e) {
        String context = e.context().isEmpty() ? "" : String.join(" ", e.context().entrySet().stream()
                .map(x -> x.getKey() + "=" + x.getValue()).toList()) + ": ";
        return context + e.aLabel() + " " + estimate(e.a()) + " vs " + e.bLabel() + " " + estimate(e.b()) + " "
                + e.unit() + "; ratio " + Numbers.value(e.ratio()) + ", claimed " + claim.expect().symbol() + " "
                + String.format(Locale.ROOT, "%.2f×", claim.factor()) + " → " + e.outcome().text();
    }

    /** "6 rows: 5 supported, 1 inconclusive; 2 not tested": what a verdict's list holds, in one line. */
    static String rowCounts(ClaimResult r) {
        Map<Outcome, Long> counts = r.evidence().stream()
                .collect(Collectors.groupingBy(Evidence::outcome, () -> new EnumMap<>(Outcome.class), Collectors.counting()));
        List<String> parts = new ArrayList<>();
        if (!r.evidence().isEmpty()) {
            parts.add(r.evidence().size() + (r.evidence().size() == 1 ? " row: " : " rows: ") + String.join(", ",
                    counts.entrySet().stream().map(c -> c.getValue() + " " + c.getKey().text()).toList()));
        }
        if (!r.untested().isEmpty()) {
            parts.add(r.untested().size() + " not tested");
        }
        return String.join("; ", parts);
    }

    /** Why there is nothing to show. */
    static String noEvidence(Claim claim) {
        String pattern = claim.benchmark().pattern();
        String benchmark = pattern.isEmpty() ? "any benchmark" : "benchmark /" + pattern + "/";
        return "this run has no results for it (" + benchmark
                + (claim.mode() == null ? "" : ", mode " + claim.mode())
                + (Claim.PRIMARY.equals(claim.metric()) ? "" : ", metric " + claim.metric() + "*") + ")";
    }

    /** A result the claim needed but could not use, and why. */
    static String untested(String why) {
        return "not tested: " + why;
    }

    /**
     * An unstable row without its mark: {@code RoundTrip.roundTrip avgt transport=uds-jdk payload=64:
     * ±7.3% over 5 forks (target ±5.0%): bimodal, fork means 12.1 -> 14.0 us/op}, naming the run if
     * there are several.
     */
    static String unstable(PrecisionRow p, LoadedRun run, boolean manyRuns) {
        return (manyRuns ? run.label() + ": " : "") + p.key().shortName() + " " + p.mode() + " " + p.key().paramText()
                + ": " + p.explanation(run.precision().target());
    }

    static String rule() {
        return "Intervals are 95 % confidence intervals of the mean over the independent samples: the fork means"
                + " where a result has at least " + WelchTest.MIN_SAMPLES + " forks, the measurement iterations"
                + " otherwise (as compare decides). A row supports"
                + " \"a < f × b\" when a's interval lies wholly below f × b's, refutes it when wholly above, and is"
                + " inconclusive when they overlap; a claim is supported when every row supports it, not supported"
                + " when any row refutes it.";
    }

    static String cssClass(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String estimate(Estimate e) {
        return Numbers.value(e.mean()) + (e.hasInterval()
                ? " [" + Numbers.value(e.low()) + ", " + Numbers.value(e.high()) + "]" : " [no interval]");
    }
}
