package ipcbench.report.compare;

import java.util.List;

/**
 * The rows of one benchmark in one mode and unit, for one statistic, closed by a geometric mean.
 *
 * @param benchmark     fully qualified benchmark method, or {@link RunComparer#LOAD} for the load generator
 * @param mode          JMH mode label, or {@link RunComparer#LOAD_MODE}
 * @param unit          score unit
 * @param statistic     what the rows compare: the mean, or a tail percentile
 * @param lowerIsBetter direction, from unit and mode
 * @param rows          parameter sets present on both sides, in the old run's order
 * @param geomeanOld    geometric mean of the rows' old values (NaN if any is not positive)
 * @param geomeanNew    geometric mean of the rows' new values
 */
public record Table(String benchmark, String mode, String unit, Statistic statistic, boolean lowerIsBetter,
                    List<Row> rows, double geomeanOld, double geomeanNew) {

    public Table {
        rows = List.copyOf(rows);
    }

    /** The geometric mean of the rows' new/old ratios, minus one. */
    public double geomeanChange() {
        return geomeanNew / geomeanOld - 1;
    }
}
