package ipcbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartsTest {

    @Test
    void percentileAxisLabelsReadAsPercentiles() {
        assertEquals("0%", Charts.percentileLabel(0));
        assertEquals("90%", Charts.percentileLabel(1));
        assertEquals("99.9%", Charts.percentileLabel(3));
        assertEquals("99.999%", Charts.percentileLabel(5));
        assertEquals("", Charts.percentileLabel(2.5));
        LineSeries mapped = Charts.toNines(new LineSeries("uds-jdk", List.of(0.0, 90.0, 99.0, 100.0),
                List.of(1.0, 2.0, 3.0, 9.0)));
        assertEquals(List.of(0.0, 1.0, 2.0), mapped.x().stream().map(x -> Math.round(x * 1e6) / 1e6).toList(),
                "100 has no place on a log 1/(1-p) axis");
        assertEquals(List.of(1.0, 2.0, 3.0), mapped.y());
    }

    @Test
    void seriesNamedByLongSocketPathsStillDraw() {
        // A target's name is a socket path: beside the plot, one of 46 to 66 characters hung XChart.
        String tcp = "tcp:127.0.0.1:6379";
        for (String socket : List.of("unix:/tmp/ipcbench-1994545186295105124/nginx.sock", "unix:/" + "s".repeat(101))) {
            drawsWithin(socket, tcp);
        }
    }

    private static void drawsWithin(String socket, String tcp) {
        // the percentiles JMH's sample mode reports
        List<Double> percentiles = List.of(0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0);
        List<Double> latencies = List.of(185.0, 300.0, 500.0, 600.0, 900.0, 8000.0, 14000.0, 14000.0, 14000.0, 14000.0);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String svg : List.of(
                    Charts.percentiles("p", "by percentile", "us", List.of(new LineSeries(socket, percentiles,
                            latencies), new LineSeries(tcp, percentiles, latencies))),
                    Charts.lines("l", "clients", "clients", "ops/s", false, List.of(new LineSeries(socket,
                            List.of(1.0, 16.0), List.of(60000.0, 59000.0)))),
                    Charts.bars("b", "round trip", "parameters", "us/op", List.of("all"), List.of(new BarSeries(
                            socket, List.of(26.0), List.of(1.0)), new BarSeries(tcp, List.of(19.0), List.of(1.0)))))) {
                assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), svg.substring(0, 100));
            }
        });
    }

    @Test
    void barsAreWellFormedSvgWithTheTransportsColours() throws Exception {
        String svg = Charts.bars("t-0", "Round trip", "parameters", "us/op", List.of("payload=64", "payload=1024"),
                List.of(new BarSeries("tcp-nio", Arrays.asList(20.0, null), Arrays.asList(0.5, null)),
                        new BarSeries("uds-jdk", List.of(15.0, 19.0), List.of(0.4, Double.NaN))));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("t-0", doc.getDocumentElement().getAttribute("id"));
        assertTrue(svg.contains("rgb(242,142,43)"), "tcp-nio's orange");
        assertTrue(svg.contains("rgb(118,183,178)"), "uds-jdk's teal");
        assertTrue(svg.contains("t-0-"), "clip paths carry the chart's id");
        assertTrue(!svg.contains("NaN"), "a missing bar is not drawn at NaN");
    }
}
