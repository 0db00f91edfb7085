package ipcbench.bench.load;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one fixed-rate run measured over its window.
 *
 * @param corrected        latency from each request's intended send time (ns)
 * @param uncorrected      latency from its actual send time (ns): what a closed-loop tool reports
 * @param sendLag          actual minus intended send time (ns): how late the generator sent
 * @param achievedRate     measured requests answered per second of the window (see docs/load.md)
 * @param unsent           measured requests never sent (the sender gave up after the grace period)
 * @param windowFullEvents times a sender found its outstanding window full (the daemon behind)
 * @param cores            cores used per process over the window
 * @param failure          the first lost, duplicated, out-of-order or bad reply, or I/O error; null if none
 */
public record LoadResult(LoadSpec spec, Histogram corrected, Histogram uncorrected, Histogram sendLag,
                         double achievedRate, long unsent, long windowFullEvents, Map<String, Double> cores,
                         Throwable failure) {

    public enum Verdict { OK, SHORT, FAILED }

    public Verdict verdict() {
        if (failure != null) {
            return Verdict.FAILED;
        }
        return achievedRate < spec.minimumRate() ? Verdict.SHORT : Verdict.OK;
    }

    /** The plain-words reason for a verdict other than OK. */
    public String problem() {
        switch (verdict()) {
            case FAILED:
                return "FAILED: " + failure.getMessage();
            case SHORT:
                return String.format("SHORT: achieved %.0f/s, more than %.0f %% below the target %d/s%s", achievedRate,
                        LoadSpec.RATE_TOLERANCE * 100, spec.rate(), unsent > 0 ? " (" + unsent + " requests unsent)" : "");
            default:
                return "";
        }
    }
}
