package ipcbench.report.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipcbench.report.stats.Estimate;
import java.util.List;
import java.util.Map;
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
    void builtInClaimsParse() {
        assertEquals(List.of("uds-lower-rtt", "uds-less-cpu", "many-clients-scale", "pipes-as-fast-as-uds"),
                ClaimsFile.builtIn().stream().map(Claim::id).toList());
    }
}
