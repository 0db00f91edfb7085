package ipcbench.report.chart;

/**
 * One bar of a ranking chart.
 *
 * @param label     beside the bar, on the category axis
 * @param series    whose colour the bar takes ({@link Palette}), e.g. its transport
 * @param mean      the bar's length
 * @param halfWidth the error bar reaches mean ± this; NaN for none
 * @param value     the figure written after the bar, e.g. {@code 5.34 ±1.2%}
 * @param reference a yardstick rather than a contender (a floor): drawn grey and dashed
 */
public record RankedBar(String label, String series, double mean, double halfWidth, String value, boolean reference) {
}
