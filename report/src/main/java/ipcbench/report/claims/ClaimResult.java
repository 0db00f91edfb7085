package ipcbench.report.claims;

import java.util.List;

/** A claim checked against one run: the verdict and the rows that decided it. */
public record ClaimResult(Claim claim, Outcome outcome, List<Evidence> evidence) {

    public ClaimResult {
        evidence = List.copyOf(evidence);
    }
}
