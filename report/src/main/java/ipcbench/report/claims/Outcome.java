package ipcbench.report.claims;

/** A claim's verdict on one run. */
public enum Outcome {
    SUPPORTED("supported"),
    NOT_SUPPORTED("not supported"),
    /** The confidence intervals overlap the claimed boundary: this run cannot tell. */
    INCONCLUSIVE("inconclusive"),
    /** The run has none of the results the claim needs. */
    NOT_TESTED("not tested");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Every row must support a claim; one row against it is enough to refute it. */
    static Outcome combine(Iterable<Outcome> rows) {
        boolean tested = false;
        boolean inconclusive = false;
        for (Outcome o : rows) {
            if (o == NOT_SUPPORTED) {
                return NOT_SUPPORTED;
            }
            inconclusive |= o == INCONCLUSIVE;
            tested |= o != NOT_TESTED;
        }
        return !tested ? NOT_TESTED : inconclusive ? INCONCLUSIVE : SUPPORTED;
    }
}
