package ipcbench.report.stats;

/**
 * One mean divided by another, with the range of ratios their intervals allow: from a's lowest
 * over b's highest to a's highest over b's lowest. A factor f lies in it exactly when a's interval
 * overlaps f × b's, so a claim "a < f × b" with f inside it is inconclusive (the claims' rule).
 *
 * @param value a's mean / b's mean
 * @param low   lower end; NaN when either side has no interval or b's may be zero or negative
 * @param high  upper end; NaN likewise
 */
public record Ratio(double value, double low, double high) {

    public static Ratio of(Estimate a, Estimate b) {
        double value = a.mean() / b.mean();
        if (!a.hasInterval() || !b.hasInterval() || !(b.low() > 0) || a.low() < 0) {
            return new Ratio(value, Double.NaN, Double.NaN);
        }
        return new Ratio(value, a.low() / b.high(), a.high() / b.low());
    }

    public boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
