package ipcbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
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
