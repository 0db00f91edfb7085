package ipcbench.report.chart;

import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Paints an XChart chart into JFreeSVG's Graphics2D and returns the {@code <svg>} element, to be
 * inlined in the HTML page: vector, printable and without any file or network fetch.
 */
public final class Svg {
    private Svg() {
    }

    /**
     * @param id unique within the page: it prefixes the clip paths' ids too, which would otherwise
     *           collide between inline SVGs and clip one chart with another's rectangle
     */
    public static String of(Chart<?, ?> chart, String id) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setDefsKeyPrefix(id + "-");
        chart.paint(g, w, h);
        // A view box lets the chart shrink with the page (and the printout) instead of overflowing.
        return g.getSVGElement(id, true, new ViewBox(0, 0, w, h), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }
}
