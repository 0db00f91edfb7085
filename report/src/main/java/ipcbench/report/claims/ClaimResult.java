package ipcbench.report.claims;

import java.util.List;

/**
 * A claim checked against one run: the verdict, the rows that decided it, and why results the
 * claim picked could not be used (e.g. a metric missing an iteration), one line each.
 */
public record ClaimResult(Claim claim, Outcome outcome, List<Evidence> evidence, List<String> untested) {

    public ClaimResult {
        evidence = List.copyOf(evidence);
        untested = List.copyOf(untested);
    }
}
