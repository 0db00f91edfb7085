package ipcbench.report.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * The report's kinds of chart, as inline SVG: bars with error bars, a ranking (horizontal bars,
 * sorted), lines, and latency by percentile. Every series takes its transport's colour from {@link Palette}.
 */
public final class Charts {
    /** Dash patterns that tell apart curves of one transport (several load rates in one chart); null is solid. */
    private static final List<String> DASHES = Arrays.asList(null, "6 3", "2 2", "8 3 2 3");
    /** Bars fill this share of their category's width; the rest separates the groups. */
    private static final double GROUP_FILL = 0.8;
    /** A ranking's axis reaches this far past its longest bar, for the figure written after it. */
    private static final double RANKING_ROOM = 1.25;
    /** A ranking's bars are at most this thick (px), however few. */
    private static final double RANKING_BAR = 22;
    private static final String REFERENCE_FILL = "#e4e4e4";
    private static final String REFERENCE_STROKE = "#666";
    /** Denser curves (an .hgrm has a line per percentile step) go without markers, which would smear them. */
    private static final int MARKED_POINTS = 30;

    private Charts() {
    }

    /**
     * Grouped bars: one group per category, one bar per series, error bars at ± the half-width.
     * A missing or non-finite mean draws no bar; an error bar is cut at the axis (from 0) and
     * then has no cap at that end.
     */
    public static String bars(String id, String title, String xAxis, String yAxis, List<String> categories,
                              List<BarSeries> series) {
        Axis y = Axis.linear(yAxis, series.stream().flatMapToDouble(Charts::barTops), true);
        Axis x = new Axis(xAxis, 0, Math.max(1, categories.size()), false, IntStream.range(0, categories.size())
                .mapToObj(i -> new Axis.Tick(i + 0.5, categories.get(i))).toList());
        Plot plot = new Plot(id, title, x, false, y, series.stream()
                .map(s -> new Plot.Key(s.name(), colour(s.name()), false, null)).toList());
        double slot = (plot.x(1) - plot.x(0)) * GROUP_FILL / Math.max(1, series.size());
        double cap = Math.min(4, slot / 3);
        double base = plot.y(y.clamp(0));
        SvgWriter.Path errors = new SvgWriter.Path();
        for (int s = 0; s < series.size(); s++) {
            BarSeries bars = series.get(s);
            plot.svg().start("g", "fill", colour(bars.name()));
            for (int c = 0; c < categories.size(); c++) {
                Double mean = bars.means().get(c);
                if (mean == null || !Double.isFinite(mean)) {
                    continue;
                }
                double left = plot.x(c + (1 - GROUP_FILL) / 2) + s * slot;
                double top = plot.y(mean);
                plot.svg().element("rect", "x", left, "y", Math.min(top, base), "width", slot,
                        "height", Math.abs(base - top));
                Double half = bars.halfWidths().get(c);
                if (half != null && Double.isFinite(half) && half > 0) {
                    errorBar(errors, plot, y, left + slot / 2, cap, mean - half, mean + half);
                }
            }
            plot.svg().end("g");
        }
        if (!errors.isEmpty()) {
            plot.svg().element("path", "d", errors, "stroke", "#000");
        }
        return plot.finish();
    }

    /**
     * Horizontal bars in the order given, top to bottom, each with its error bar and its figure
     * after it: a ranking, where the label of each bar sits beside it rather than in a legend.
     * Reference bars (floors) are grey with a dashed outline, so that they read as yardsticks.
     */
    public static String ranking(String id, String title, String xAxis, List<RankedBar> bars) {
        int n = bars.size();
        // room after the longest bar for its figure: about a fifth of the axis
        Axis x = Axis.linear(xAxis, bars.stream().flatMapToDouble(b -> {
            double top = b.mean() + (Double.isFinite(b.halfWidth()) ? b.halfWidth() : 0);
            return DoubleStream.of(b.mean(), top, top * RANKING_ROOM);
        }), true);
        Axis y = new Axis("", 0, Math.max(1, n), false, IntStream.range(0, n)
                .mapToObj(i -> new Axis.Tick(n - i - 0.5, bars.get(i).label())).toList());
        Plot plot = new Plot(id, title, x, true, y, false, List.of());
        double slot = plot.y(0) - plot.y(1);
        double thickness = Math.min(RANKING_BAR, slot * GROUP_FILL);
        double cap = Math.min(4, thickness / 3);
        double base = plot.x(x.clamp(0));
        SvgWriter.Path errors = new SvgWriter.Path();
        for (int i = 0; i < n; i++) {
            RankedBar bar = bars.get(i);
            if (!Double.isFinite(bar.mean())) {
                continue;
            }
            double cy = plot.y(n - i - 0.5);
            double end = plot.x(bar.mean());
            Object[] look = bar.reference()
                    ? new Object[] {"fill", REFERENCE_FILL, "stroke", REFERENCE_STROKE, "stroke-dasharray", "4 2"}
                    : new Object[] {"fill", colour(bar.series())};
            Object[] rect = {"x", Math.min(base, end), "y", cy - thickness / 2, "width", Math.abs(end - base),
                    "height", thickness};
            plot.svg().element("rect", concat(rect, look));
            double right = end;
            double half = bar.halfWidth();
            if (Double.isFinite(half) && half > 0) {
                double from = plot.x(x.clamp(bar.mean() - half));
                right = plot.x(x.clamp(bar.mean() + half));
                errors.move(from, cy).horizontal(right);
                if (bar.mean() - half >= x.min()) {
                    errors.move(from, cy - cap).vertical(cy + cap);
                }
                errors.move(right, cy - cap).vertical(cy + cap);
            }
            plot.svg().text("text", bar.value(), "x", right + 6, "y", cy + 4.0);
        }
        if (!errors.isEmpty()) {
            plot.svg().element("path", "d", errors, "stroke", "#000");
        }
        return plot.finish();
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Curves through points, with markers; a logarithmic x axis is said so in its title. */
    public static String lines(String id, String title, String xAxis, String yAxis, boolean logX,
                               List<LineSeries> series) {
        DoubleStream xs = series.stream().flatMap(s -> s.x().stream()).mapToDouble(Double::doubleValue);
        Axis x = logX ? Axis.log(xAxis + ", log scale", xs) : Axis.linear(xAxis, xs, false);
        Axis y = Axis.linear(yAxis, series.stream().flatMap(s -> s.y().stream()).mapToDouble(Double::doubleValue), true);
        return curves(id, title, x, y, series);
    }

    /**
     * Latency by percentile as HdrHistogram's plotter draws it: x is log10 of 1/(1-p), so that
     * 90 %, 99 %, 99.9 % … are equally spaced and labelled as percentiles. The latency axis is
     * logarithmic too: the tail is often a hundred times the median, and on a linear axis it
     * would flatten everything below it into the floor.
     *
     * @param series x values are percentiles (0–100); 100 itself has no place on such an axis
     */
    public static String percentiles(String id, String title, String yAxis, List<LineSeries> series) {
        List<LineSeries> mapped = series.stream().map(Charts::toNines).toList();
        int nines = (int) Math.max(1, Math.ceil(mapped.stream().flatMap(s -> s.x().stream())
                .mapToDouble(Double::doubleValue).max().orElse(1) - 1e-9));
        Axis x = new Axis("percentile (log scale of 1/(1-p))", 0, nines, false, IntStream.rangeClosed(0, nines)
                .mapToObj(n -> new Axis.Tick(n, percentileLabel(n))).toList());
        Axis y = Axis.log(yAxis + ", log scale", mapped.stream().flatMap(s -> s.y().stream())
                .mapToDouble(Double::doubleValue));
        return curves(id, title, x, y, mapped);
    }

    /** Percentiles as "nines": log10(1/(1-p)), so 90 % is 1 and 99.9 % is 3. */
    static LineSeries toNines(LineSeries s) {
        List<Integer> kept = IntStream.range(0, s.x().size()).filter(i -> s.x().get(i) < 100).boxed().toList();
        return new LineSeries(s.name(), kept.stream().map(i -> -Math.log10(1 - s.x().get(i) / 100)).toList(),
                kept.stream().map(s.y()::get).toList());
    }

    /** 0 → 0%, 1 → 90%, 3 → 99.9%. */
    static String percentileLabel(int nines) {
        String text = String.format(Locale.ROOT, "%.6f", 100 * (1 - Math.pow(10, -nines)));
        return text.replaceAll("0+$", "").replaceAll("\\.$", "") + "%";
    }

    private static String curves(String id, String title, Axis x, Axis y, List<LineSeries> series) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> dashes = new ArrayList<>();
        for (LineSeries s : series) {
            int nth = seen.merge(colour(s.name()), 1, Integer::sum) - 1;
            dashes.add(DASHES.get(nth % DASHES.size()));
        }
        Plot plot = new Plot(id, title, x, true, y, IntStream.range(0, series.size())
                .mapToObj(i -> new Plot.Key(series.get(i).name(), colour(series.get(i).name()), true, dashes.get(i)))
                .toList());
        for (int i = 0; i < series.size(); i++) {
            LineSeries s = series.get(i);
            List<double[]> points = IntStream.range(0, s.x().size())
                    .filter(p -> x.takes(s.x().get(p)) && y.takes(s.y().get(p)))
                    .mapToObj(p -> new double[] {plot.x(s.x().get(p)), plot.y(s.y().get(p))}).toList();
            if (points.isEmpty()) {
                continue;
            }
            SvgWriter.Path curve = new SvgWriter.Path().move(points.get(0)[0], points.get(0)[1]);
            points.subList(1, points.size()).forEach(p -> curve.line(p[0], p[1]));
            String colour = colour(s.name());
            plot.svg().element("path", "d", curve, "fill", "none", "stroke", colour, "stroke-width", 2.0,
                    "stroke-dasharray", dashes.get(i));
            if (points.size() <= MARKED_POINTS) {
                plot.svg().start("g", "fill", colour);
                points.forEach(p -> plot.svg().element("circle", "cx", p[0], "cy", p[1], "r", 3.0));
                plot.svg().end("g");
            }
        }
        return plot.finish();
    }

    /** The values a bar chart's axis must reach: each mean and the top of its error bar. */
    private static DoubleStream barTops(BarSeries s) {
        DoubleStream.Builder b = DoubleStream.builder();
        for (int i = 0; i < s.means().size(); i++) {
            Double mean = s.means().get(i);
            Double half = s.halfWidths().get(i);
            if (mean != null) {
                b.add(mean);
                if (half != null) {
                    b.add(mean + half);
                }
            }
        }
        return b.build();
    }

    private static void errorBar(SvgWriter.Path path, Plot plot, Axis y, double cx, double cap, double low,
                                 double high) {
        double from = plot.y(y.clamp(low));
        double to = plot.y(y.clamp(high));
        path.move(cx, from).vertical(to);
        if (low >= y.min()) {
            path.move(cx - cap, from).horizontal(cx + cap);
        }
        if (high <= y.max()) {
            path.move(cx - cap, to).horizontal(cx + cap);
        }
    }

    private static String colour(String name) {
        return Palette.css(Palette.of(name));
    }
}
