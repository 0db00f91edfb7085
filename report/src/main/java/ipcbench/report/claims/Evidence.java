package ipcbench.report.claims;

import ipcbench.report.stats.Estimate;
import java.util.Map;

/**
 * One row behind a verdict: side a against side b for one set of the other parameters.
 *
 * @param context the parameters both sides share, e.g. {@code payload=64}
 * @param aLabel  what picked side a, e.g. {@code transport=uds-jdk}
 * @param a       side a's mean and confidence interval
 * @param bLabel  what picked side b
 * @param b       side b's mean and confidence interval
 * @param unit    of both
 * @param outcome this row's verdict
 */
public record Evidence(Map<String, String> context, String aLabel, Estimate a, String bLabel, Estimate b,
                       String unit, Outcome outcome) {

    public double ratio() {
        return a.mean() / b.mean();
    }
}
