package ipcbench.report.chart;

import java.util.List;

/**
 * One curve of a line chart.
 *
 * @param name      legend text; its colour is that of the transport it names ({@link Palette})
 * @param x         x values, ascending
 * @param y         y values, one per x
 */
public record LineSeries(String name, List<Double> x, List<Double> y) {

    public LineSeries {
        if (x.size() != y.size()) {
            throw new IllegalArgumentException(x.size() + " x values for " + y.size() + " y values");
        }
        x = List.copyOf(x);
        y = List.copyOf(y);
    }
}
