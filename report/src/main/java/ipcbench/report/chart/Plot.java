package ipcbench.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * What every chart has around its series: title, grid, axes with their tick labels and titles,
 * and the legend to the right. A chart kind draws its series between the constructor and
 * {@link #finish()}, placing values with {@link #x(double)} and {@link #y(double)}.
 *
 * <p>Text is SVG text, so sizes are estimated from the character count (a sans-serif character is
 * about 0.6 em wide on average); the estimates err wide, so that labels do not collide.
 */
final class Plot {
    private static final double WIDTH = 720;
    private static final double PLOT_HEIGHT = 290;
    private static final double MIN_PLOT_WIDTH = 320;
    private static final double FONT = 12;
    private static final double TITLE_FONT = 15;
    private static final double CHAR_WIDTH = 0.6;
    private static final double TOP = 36;
    private static final double GAP = 16;
    private static final double LINE = 15;
    /** Room left of a legend entry's text for its swatch or line sample. */
    private static final double KEY = 26;
    /** Longer legend names wrap (at a space or an underscore, as in load files' names, or a slash in a target's socket path). */
    private static final int LEGEND_CHARS = 26;
    /** cos 45°: x tick labels that do not fit side by side are turned by 45°. */
    private static final double DIAGONAL = Math.sqrt(0.5);

    /** A legend line: a name and how its series looks. */
    record Key(String name, String colour, boolean line, String dash) {
    }

    private final SvgWriter svg = new SvgWriter();
    private final Axis xAxis;
    private final Axis yAxis;
    private final List<Key> keys;
    private final List<List<String>> keyLines = new ArrayList<>();
    private final boolean turnLabels;
    private final double left;
    private final double right;
    private final double bottom;
    private final double width;
    private final double height;

    /**
     * @param xGrid whether grid lines mark the x ticks too (not between categories of bars)
     */
    Plot(String id, String title, Axis xAxis, boolean xGrid, Axis yAxis, List<Key> keys) {
        this(id, title, xAxis, xGrid, yAxis, true, keys);
    }

    /**
     * @param yGrid whether grid lines mark the y ticks (not for categories of horizontal bars)
     */
    Plot(String id, String title, Axis xAxis, boolean xGrid, Axis yAxis, boolean yGrid, List<Key> keys) {
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.keys = List.copyOf(keys);
        keys.forEach(k -> keyLines.add(wrap(k.name(), LEGEND_CHARS)));
        double legendWidth = keys.isEmpty() ? 0 : keyLines.stream().flatMap(List::stream)
                .mapToDouble(l -> textWidth(l, FONT)).max().orElse(0) + KEY;
        double yLabels = yAxis.ticks().stream().mapToDouble(t -> textWidth(t.label(), FONT)).max().orElse(0);
        double leftOfPlot = GAP + FONT + 10 + yLabels;
        double plotWidth = Math.max(MIN_PLOT_WIDTH, WIDTH - leftOfPlot - GAP - legendWidth - GAP);
        double xLabels = xAxis.ticks().stream().mapToDouble(t -> textWidth(t.label(), FONT)).max().orElse(0);
        turnLabels = xLabels > spacing(xAxis) * plotWidth * 0.9;
        if (turnLabels && !xAxis.ticks().isEmpty()) {
            // A turned label reaches left of its tick; the first one must stay inside the chart.
            Axis.Tick first = xAxis.ticks().get(0);
            double reach = (textWidth(first.label(), FONT) + FONT) * DIAGONAL - xAxis.fraction(first.value()) * plotWidth;
            leftOfPlot = Math.max(leftOfPlot, reach + 4);
        }
        left = leftOfPlot;
        width = Math.max(WIDTH, left + plotWidth + GAP + legendWidth + GAP);
        right = width - GAP - legendWidth - GAP;
        bottom = TOP + PLOT_HEIGHT;
        double labelsHeight = turnLabels ? (xLabels + FONT) * DIAGONAL + 8 : FONT + 8;
        double legendHeight = keyLines.stream().mapToDouble(l -> l.size() * LINE + 6).sum();
        height = Math.max(bottom + labelsHeight + FONT + 14, TOP + legendHeight + GAP);

        svg.start("svg", "id", id, "xmlns", "http://www.w3.org/2000/svg", "width", width, "height", height,
                "viewBox", "0 0 " + SvgWriter.number(width) + " " + SvgWriter.number(height),
                "font-family", "sans-serif", "font-size", FONT);
        svg.text("title", title);
        double titleFont = Math.min(TITLE_FONT, (width - 2 * GAP) / (title.length() * CHAR_WIDTH * 1.05));
        svg.text("text", title, "x", width / 2, "y", 22.0, "text-anchor", "middle", "font-size", titleFont,
                "font-weight", "bold");
        SvgWriter.Path grid = new SvgWriter.Path();
        if (yGrid) {
            yAxis.ticks().forEach(t -> grid.move(left, y(t.value())).horizontal(right));
        }
        if (xGrid) {
            xAxis.ticks().forEach(t -> grid.move(x(t.value()), TOP).vertical(bottom));
        }
        svg.element("path", "d", grid, "stroke", "#ddd");
    }

    /** The x pixel of a value on the x axis. */
    double x(double v) {
        return left + xAxis.fraction(v) * (right - left);
    }

    /** The y pixel of a value on the y axis. */
    double y(double v) {
        return bottom - yAxis.fraction(v) * PLOT_HEIGHT;
    }

    SvgWriter svg() {
        return svg;
    }

    /** Axes, their labels and titles, the legend; returns the whole {@code <svg>} element. */
    String finish() {
        svg.element("path", "d", new SvgWriter.Path().move(left, TOP).vertical(bottom).horizontal(right),
                "stroke", "#444", "fill", "none");
        svg.start("g", "text-anchor", "end");
        yAxis.ticks().forEach(t -> svg.text("text", t.label(), "x", left - 6, "y", y(t.value()) + FONT / 3));
        svg.end("g");
        svg.start("g", "text-anchor", turnLabels ? "end" : "middle");
        for (Axis.Tick t : xAxis.ticks()) {
            double px = x(t.value());
            if (turnLabels) {
                double py = bottom + FONT;
                svg.text("text", t.label(), "x", px, "y", py, "transform",
                        "rotate(-45 " + SvgWriter.number(px) + " " + SvgWriter.number(py) + ")");
            } else {
                svg.text("text", t.label(), "x", px, "y", bottom + FONT + 4);
            }
        }
        svg.end("g");
        svg.text("text", xAxis.title(), "x", (left + right) / 2, "y", height - 8, "text-anchor", "middle");
        double cy = (TOP + bottom) / 2;
        svg.text("text", yAxis.title(), "x", GAP, "y", cy, "text-anchor", "middle", "transform",
                "rotate(-90 " + SvgWriter.number(GAP) + " " + SvgWriter.number(cy) + ")");
        legend();
        return svg.end("svg").toString();
    }

    private void legend() {
        double lx = right + GAP;
        double ly = TOP + FONT;
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            if (k.line()) {
                svg.element("path", "d", new SvgWriter.Path().move(lx, ly - FONT / 3).horizontal(lx + KEY - 6),
                        "stroke", k.colour(), "stroke-width", 2.0, "stroke-dasharray", k.dash());
            } else {
                svg.element("rect", "x", lx, "y", ly - FONT + 2, "width", FONT, "height", FONT, "fill", k.colour());
            }
            for (String line : keyLines.get(i)) {
                svg.text("text", line, "x", lx + KEY, "y", ly);
                ly += LINE;
            }
            ly += 6;
        }
    }

    /** The smallest distance between neighbouring x ticks as a fraction of the axis. */
    private static double spacing(Axis axis) {
        double min = 1;
        for (int i = 1; i < axis.ticks().size(); i++) {
            min = Math.min(min, axis.fraction(axis.ticks().get(i).value()) - axis.fraction(axis.ticks().get(i - 1).value()));
        }
        return min;
    }

    static double textWidth(String text, double font) {
        return text.length() * font * CHAR_WIDTH;
    }

    /** Lines of at most {@code max} characters, broken after spaces, underscores or slashes; a longer word keeps a line. */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<=[ _/])")) {
            if (line.length() > 0 && line.length() + word.strip().length() > max) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word);
        }
        lines.add(line.toString().strip());
        return lines;
    }
}
