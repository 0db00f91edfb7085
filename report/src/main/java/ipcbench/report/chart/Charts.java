package ipcbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's three kinds of chart, as inline SVG: bars with error bars, lines, and latency by
 * percentile. Every series takes its transport's colour from {@link Palette}.
 */
public final class Charts {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 400;
    /** Dash patterns that tell apart curves of one transport (several load rates in one chart). */
    private static final List<float[]> DASHES = List.of(new float[] {1f, 0f}, new float[] {6f, 3f},
            new float[] {2f, 2f}, new float[] {8f, 3f, 2f, 3f});
    /**
     * Series names longer than this (a target's socket path) go in a legend below the plot: beside
     * it they leave the plot too narrow for its tick labels, and XChart's tick calculation then
     * never ends (40 characters hang it at this width).
     */
    static final int LEGEND_BESIDE_MAX_CHARS = 24;

    private Charts() {
    }

    /** Grouped bars: one group per category, one bar per series, error bars at ± the half-width. */
    public static String bars(String id, String title, String xAxis, String yAxis, List<String> categories,
                              List<BarSeries> series) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xAxis).yAxisTitle(yAxis).build();
        style(chart.getStyler(), series.stream().map(BarSeries::name).toList());
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        for (BarSeries s : series) {
            List<Double> errors = s.halfWidths().stream().map(e -> e == null || !Double.isFinite(e) ? 0.0 : e).toList();
            // XChart rejects nulls and would write NaN into the SVG; on an axis from 0, a 0 draws no bar.
            List<Double> means = s.means().stream().map(m -> m == null || !Double.isFinite(m) ? 0.0 : m).toList();
            CategorySeries cs = chart.addSeries(s.name(), categories, means, errors);
            cs.setFillColor(Palette.of(s.name()));
        }
        return Svg.of(chart, id);
    }

    /** Curves through points, with markers; a logarithmic x axis is said so in its title. */
    public static String lines(String id, String title, String xAxis, String yAxis, boolean logX,
                               List<LineSeries> series) {
        XYChart chart = xy(title, logX ? xAxis + " (log scale)" : xAxis, yAxis, series);
        chart.getStyler().setXAxisLogarithmic(logX);
        return Svg.of(chart, id);
    }

    /**
     * Latency by percentile as HdrHistogram's plotter draws it: x is log10 of 1/(1-p), so that
     * 90 %, 99 %, 99.9 % … are equally spaced, and the ticks are labelled as percentiles. The
     * logarithm is taken here, on a linear axis, because XChart's log axis hands its tick labeller
     * values that do not match the ticks.
     *
     * @param series x values are percentiles (0–100); 100 itself has no place on such an axis
     */
    public static String percentiles(String id, String title, String yAxis, List<LineSeries> series) {
        List<LineSeries> mapped = series.stream().map(Charts::toNines).toList();
        XYChart chart = xy(title, "percentile (log scale of 1/(1-p))", yAxis, mapped);
        AxesChartStyler styler = chart.getStyler();
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(Math.max(1.0, Math.ceil(mapped.stream().flatMap(s -> s.x().stream())
                .mapToDouble(Double::doubleValue).max().orElse(1.0))));
        styler.setxAxisTickLabelsFormattingFunction(Charts::percentileLabel);
        return Svg.of(chart, id);
    }

    /** Percentiles as "nines": log10(1/(1-p)), so 90 % is 1 and 99.9 % is 3. */
    static LineSeries toNines(LineSeries s) {
        List<Integer> kept = IntStream.range(0, s.x().size()).filter(i -> s.x().get(i) < 100).boxed().toList();
        return new LineSeries(s.name(), kept.stream().map(i -> -Math.log10(1 - s.x().get(i) / 100)).toList(),
                kept.stream().map(s.y()::get).toList());
    }

    /** 0 → 0%, 1 → 90%, 3 → 99.9%; ticks between whole nines stay unlabelled, as their percentiles read badly. */
    static String percentileLabel(double nines) {
        if (Math.abs(nines - Math.rint(nines)) > 1e-9) {
            return "";
        }
        double p = 100 * (1 - Math.pow(10, -Math.rint(nines)));
        String text = String.format(Locale.ROOT, "%.6f", p).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text + "%";
    }

    private static XYChart xy(String title, String xAxis, String yAxis, List<LineSeries> series) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxis)
                .yAxisTitle(yAxis).build();
        style(chart.getStyler(), series.stream().map(LineSeries::name).toList());
        chart.getStyler().setYAxisMin(0.0);
        Map<Color, Integer> seen = new HashMap<>();
        for (LineSeries s : series) {
            XYSeries xs = chart.addSeries(s.name(), s.x(), s.y());
            Color colour = Palette.of(s.name());
            int nth = seen.merge(colour, 1, Integer::sum) - 1;
            xs.setLineColor(colour);
            xs.setMarkerColor(colour);
            xs.setMarker(SeriesMarkers.CIRCLE);
            xs.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    DASHES.get(nth % DASHES.size()), 0f));
        }
        return chart;
    }

    private static void style(AxesChartStyler s, List<String> names) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        boolean longNames = names.stream().anyMatch(name -> name.length() > LEGEND_BESIDE_MAX_CHARS);
        s.setLegendPosition(longNames ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartTitleBoxVisible(false);
        s.setAntiAlias(true);
    }
}
