package ipcbench.report.compare;

import java.util.List;

/**
 * The rows of one benchmark in one mode and unit, closed by a geometric mean.
 *
 * @param benchmark     fully qualified benchmark method
 * @param mode          JMH mode label
 * @param unit          score unit
 * @param lowerIsBetter direction, from unit and mode
 * @param rows          parameter sets present on both sides, in the old run's order
 * @param geomeanOld    geometric mean of the rows' old means (NaN if any is not positive)
 * @param geomeanNew    geometric mean of the rows' new means
 */
public record Table(String benchmark, String mode, String unit, boolean lowerIsBetter, List<Row> rows,
                    double geomeanOld, double geomeanNew) {

    public Table {
        rows = List.copyOf(rows);
    }

    /** The geometric mean of the rows' new/old ratios, minus one. */
    public double geomeanChange() {
        return geomeanNew / geomeanOld - 1;
    }
}
