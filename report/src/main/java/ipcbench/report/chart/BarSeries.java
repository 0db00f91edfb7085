package ipcbench.report.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One transport's bars in a bar chart: a mean and an interval half-width per category; null
 * where the transport has no value for a category.
 */
public record BarSeries(String name, List<Double> means, List<Double> halfWidths) {

    public BarSeries {
        if (means.size() != halfWidths.size()) {
            throw new IllegalArgumentException(means.size() + " means for " + halfWidths.size() + " error bars");
        }
        means = Collections.unmodifiableList(new ArrayList<>(means));
        halfWidths = Collections.unmodifiableList(new ArrayList<>(halfWidths));
    }
}
