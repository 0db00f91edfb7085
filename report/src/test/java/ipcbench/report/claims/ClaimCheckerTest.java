package ipcbench.report.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.JmhRun;
import ipcbench.report.jmh.Metric;
import ipcbench.report.stats.Estimate;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {
    private static Claim claim(Claim.Direction d, double factor) {
        return new Claim("c", "text", Pattern.compile(""), null, Claim.PRIMARY, Map.of(), Map.of("transport", "a"),
                Map.of("transport", "b"), d, factor);
    }

    private static Estimate around(double mean, double half) {
        return new Estimate(mean, mean - half, mean + half, 10);
    }

    @Test
    void lowerIsDecidedByWhereTheIntervalsLie() {
        Claim lower = claim(Claim.Direction.LOWER, 1.0);
        assertEquals(Outcome.SUPPORTED, ClaimChecker.judge(lower, around(10, 1), around(20, 1)));
        assertEquals(Outcome.NOT_SUPPORTED, ClaimChecker.judge(lower, around(20, 1), around(10, 1)));
        // means 10 % apart, but the intervals overlap: this run cannot tell
        assertEquals(Outcome.INCONCLUSIVE, ClaimChecker.judge(lower, around(10, 1), around(11, 1)));
        assertEquals(Outcome.INCONCLUSIVE, ClaimChecker.judge(lower, new Estimate(10, Double.NaN, Double.NaN, 1),
                around(20, 1)));
    }

    @Test
    void factorMovesTheBoundary() {
        // "at most 10 % slower": 10.5 ± 0.2 against 10 ± 0.2 is within 1.1 × [9.8, 10.2]
        assertEquals(Outcome.SUPPORTED, ClaimChecker.judge(claim(Claim.Direction.LOWER, 1.1), around(10.5, 0.2),
                around(10, 0.2)));
        // "at least 1.5 times": 1.4× is refuted, 2× supported
        Claim scales = claim(Claim.Direction.HIGHER, 1.5);
        assertEquals(Outcome.NOT_SUPPORTED, ClaimChecker.judge(scales, around(140, 1), around(100, 1)));
        assertEquals(Outcome.SUPPORTED, ClaimChecker.judge(scales, around(200, 1), around(100, 1)));
    }

    @Test
    void oneRowAgainstRefutesAndAnyDoubtMakesItInconclusive() {
        assertEquals(Outcome.NOT_SUPPORTED, Outcome.combine(List.of(Outcome.SUPPORTED, Outcome.NOT_SUPPORTED,
                Outcome.INCONCLUSIVE)));
        assertEquals(Outcome.INCONCLUSIVE, Outcome.combine(List.of(Outcome.SUPPORTED, Outcome.INCONCLUSIVE)));
        assertEquals(Outcome.SUPPORTED, Outcome.combine(List.of(Outcome.SUPPORTED, Outcome.SUPPORTED)));
        assertEquals(Outcome.NOT_TESTED, Outcome.combine(List.of()));
    }

    @Test
    void aResultWhoseMetricCannotBeAddedUpIsSaidNotTestedWithTheReason() {
        Claim cpu = new Claim("cpu", "text", Pattern.compile(""), null, "cpu.", Map.of(), Map.of("transport", "a"),
                Map.of("transport", "b"), Claim.Direction.LOWER, 1.0);
        // payload 64: both complete; payload 1024: a's daemon reading misses the last iteration
        JmhRun run = new JmhRun(Path.of("run.json"), Map.of(), List.of(
                cpuResult("a", "64", List.of(1.0, 1.1, 1.0), List.of(1.0, 1.0, 1.1)),
                cpuResult("b", "64", List.of(5.0, 5.1, 5.0), List.of(5.0, 5.0, 5.1)),
                cpuResult("a", "1024", List.of(1.0, 1.1, 1.0), List.of(1.0, 1.0)),
                cpuResult("b", "1024", List.of(5.0, 5.1, 5.0), List.of(5.0, 5.0, 5.1))));
        ClaimResult result = new ClaimChecker(0.95).check(cpu, run);
        assertEquals(Outcome.SUPPORTED, result.outcome());
        assertEquals(1, result.evidence().size());
        assertEquals(List.of("payload=1024 transport=a: the cpu.* metrics have different iteration counts [3, 2]"
                + " (a profiler missed an iteration), so they cannot be added up iteration by iteration"),
                result.untested());
    }

    private static JmhResult cpuResult(String transport, String payload, List<Double> client, List<Double> daemon) {
        Map<String, Metric> secondary = new LinkedHashMap<>();
        secondary.put("\u00b7cpu.client", metric(client));
        secondary.put("\u00b7cpu.daemon", metric(daemon));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("payload", payload);
        params.put("transport", transport);
        return new JmhResult("x.roundTrip", "avgt", params,
                metric(List.of(1.0, 1.0, 1.0)), secondary, 1, 1, List.of(), "", "");
    }

    private static Metric metric(List<Double> samples) {
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Metric(mean, Double.NaN, Double.NaN, Double.NaN, "us/op", new TreeMap<>(), samples, List.of(mean), List.of());
    }

    @Test
    void builtInClaimsParse() {
        assertEquals(List.of("uds-lower-rtt", "uds-less-cpu", "many-clients-scale", "pipes-as-fast-as-uds",
                "http1-uds-lower-rtt", "http1-uds-less-cpu", "grpc-uds-lower-rtt", "jsonrpc-uds-lower-rtt",
                "jsonrpc-stdio-as-fast-as-uds", "http1-costs-more-than-transport"),
                ClaimsFile.builtIn().stream().map(Claim::id).toList());
    }
}
