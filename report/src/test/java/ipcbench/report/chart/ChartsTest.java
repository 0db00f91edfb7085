package ipcbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartsTest {
    private static final Pattern TWO_DECIMALS = Pattern.compile("\\d\\.\\d\\d");
    private static final List<String> TRANSPORTS = List.of("tcp-socket", "tcp-nio", "tcp-netty-epoll", "uds-jdk",
            "uds-junixsocket", "uds-netty-epoll", "pipe-stdio", "pipe-fifo");

    @Test
    void percentileAxisLabelsReadAsPercentiles() {
        assertEquals("0%", Charts.percentileLabel(0));
        assertEquals("90%", Charts.percentileLabel(1));
        assertEquals("99.9%", Charts.percentileLabel(3));
        assertEquals("99.999%", Charts.percentileLabel(5));
        LineSeries mapped = Charts.toNines(new LineSeries("uds-jdk", List.of(0.0, 90.0, 99.0, 100.0),
                List.of(1.0, 2.0, 3.0, 9.0)));
        assertEquals(List.of(0.0, 1.0, 2.0), mapped.x().stream().map(x -> Math.round(x * 1e6) / 1e6).toList(),
                "100 has no place on a log 1/(1-p) axis");
        assertEquals(List.of(1.0, 2.0, 3.0), mapped.y());
    }

    @Test
    void barsAreSmallSvgWithTextLabelsAndTheTransportsColours() throws Exception {
        String svg = Charts.bars("t-0", "Round trip", "parameters", "us/op", List.of("payload=64", "payload=1024"),
                List.of(new BarSeries("tcp-nio", Arrays.asList(20.0, null), Arrays.asList(0.5, null)),
                        new BarSeries("uds-jdk", List.of(15.0, 19.0), List.of(0.4, Double.NaN))));

        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("t-0", doc.getDocumentElement().getAttribute("id"));
        assertTrue(svg.contains("fill=\"#F28E2B\""), "tcp-nio's orange");
        assertTrue(svg.contains("fill=\"#76B7B2\""), "uds-jdk's teal");
        List<String> texts = texts(doc);
        for (String label : List.of("Round trip", "payload=64", "payload=1024", "parameters", "us/op", "tcp-nio",
                "uds-jdk", "0", "20")) {
            assertTrue(texts.contains(label), label + " written as text: " + texts);
        }
        assertEquals(3 + 2, doc.getElementsByTagName("rect").getLength(),
                "three bars (tcp-nio has none for payload=1024) and two legend swatches");
        assertFalse(svg.contains("NaN"), "a missing bar or error bar is not drawn at NaN");
        assertEquals(0, doc.getElementsByTagName("clipPath").getLength());
        assertCoordinatesRoundedToOneDecimal(doc);
    }

    @Test
    void aRankingDrawsItsBarsTopDownLabelledBesideThemWithTheirFiguresAndGreyReferences() throws Exception {
        String svg = Charts.ranking("g-0", "Round trip, 64 B", "us/op", List.of(
                new RankedBar("C floor: pipe", "C floor: pipe", 2.7, Double.NaN, "2.700", true),
                new RankedBar("pipe-stdio", "pipe-stdio", 3.6, 0.1, "3.600 ±2.8%", false),
                new RankedBar("uds-jdk", "uds-jdk", 5.3, 0.2, "5.300 ±3.8%", false)));

        Document doc = parse(svg);
        List<String> texts = texts(doc);
        assertTrue(texts.containsAll(List.of("Round trip, 64 B", "us/op", "C floor: pipe", "pipe-stdio", "uds-jdk",
                "2.700", "3.600 ±2.8%", "5.300 ±3.8%")), texts.toString());
        NodeList rects = doc.getElementsByTagName("rect");
        assertEquals(3, rects.getLength(), "a bar each, no legend");
        List<Double> tops = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            tops.add(Double.parseDouble(((Element) rects.item(i)).getAttribute("y")));
        }
        assertTrue(tops.get(0) < tops.get(1) && tops.get(1) < tops.get(2), "first bar on top: " + tops);
        assertEquals("#e4e4e4", ((Element) rects.item(0)).getAttribute("fill"), "the floor is grey");
        assertEquals("4 2", ((Element) rects.item(0)).getAttribute("stroke-dasharray"));
        assertEquals("#76B7B2", ((Element) rects.item(2)).getAttribute("fill"), "uds-jdk's teal");
        assertEquals(2 * 3, count(errorBars(svg), "M"), "two error bars, line and both caps; none for the floor");
        assertCoordinatesRoundedToOneDecimal(doc);
    }

    @Test
    void errorBarsReachingBelowZeroStopAtTheAxisWithoutACap() {
        String wide = Charts.bars("t", "t", "x", "y", List.of("a"),
                List.of(new BarSeries("tcp-nio", List.of(10.0), List.of(30.0))));
        String narrow = Charts.bars("t", "t", "x", "y", List.of("a"),
                List.of(new BarSeries("tcp-nio", List.of(10.0), List.of(3.0))));

        // the axis runs 0..40 for the wide bar: it is cut at 0 and keeps only its top cap
        assertEquals(2, count(errorBars(wide), "M"), errorBars(wide));
        assertEquals(3, count(errorBars(narrow), "M"), "line and both caps: " + errorBars(narrow));
    }

    @Test
    void percentileChartHasALogLatencyAxisLabelledSo() throws Exception {
        String svg = Charts.percentiles("p-0", "RoundTrip.roundTrip payload=64", "latency (us/op)", List.of(
                new LineSeries("uds-jdk", List.of(0.0, 50.0, 90.0, 99.0, 99.9, 100.0), List.of(4.0, 5.0, 6.0, 9.0, 40.0, 900.0)),
                new LineSeries("tcp-nio", List.of(0.0, 50.0, 90.0, 99.0, 99.9), List.of(0.0, 7.0, 8.0, 12.0, 1500.0))));

        List<String> texts = texts(parse(svg));
        assertTrue(texts.contains("latency (us/op), log scale"), texts.toString());
        // 1-2-5 steps from below the fastest (4) to above the slowest shown (1500; 900 is the max, at 100 %)
        for (String tick : List.of("2", "5", "10", "20", "50", "100", "200", "500", "1000", "2000")) {
            assertTrue(texts.contains(tick), tick + " in " + texts);
        }
        assertTrue(texts.containsAll(List.of("0%", "90%", "99%", "99.9%")), texts.toString());
        assertFalse(texts.contains("99.99%"), "the axis ends at the last percentile measured");
        assertFalse(svg.contains("NaN") || svg.contains("Infinity"), "0 µs has no place on a log axis and is left out");
    }

    @Test
    void lineChartSaysItsLogAxisAndDashesCurvesOfOneColour() throws Exception {
        String svg = Charts.lines("s-0", "Stream", "chunk", "MB/s", true, List.of(
                new LineSeries("uds-jdk_rate=1000", List.of(65536.0, 1048576.0), List.of(900.0, 1200.0)),
                new LineSeries("uds-jdk_rate=2000", List.of(65536.0, 1048576.0), List.of(800.0, 1100.0))));

        Document doc = parse(svg);
        List<String> texts = texts(doc);
        assertTrue(texts.contains("chunk, log scale"), texts.toString());
        assertTrue(texts.containsAll(List.of("50k", "100k", "200k", "500k", "1M", "2M")), texts.toString());
        assertEquals(2, count(svg, "stroke-dasharray=\"6 3\""), "the second uds-jdk curve is dashed, in the legend too");
        assertEquals(2, count(svg, "stroke-dasharray"), "the first is solid");
        assertEquals(4, doc.getElementsByTagName("circle").getLength(), "a marker per point");
        assertCoordinatesRoundedToOneDecimal(doc);
    }

    @Test
    void aFullBarChartOfTheReportStaysSmall() {
        List<String> categories = new ArrayList<>();
        for (String metric : List.of("cpu.client.sys", "cpu.client.user", "cpu.daemon.sys", "cpu.daemon.user")) {
            for (int clients : new int[] {1, 4, 16, 64}) {
                categories.add(metric + " clients=" + clients);
            }
        }
        List<BarSeries> series = TRANSPORTS.stream().map(t -> new BarSeries(t,
                categories.stream().map(c -> 12.345678).toList(), categories.stream().map(c -> 0.98765).toList())).toList();

        String svg = Charts.bars("cpu-1", "CPU per request: Concurrency.request", "parameters",
                "us/op (bars: mean; lines: 95% CI)", categories, series);

        // 128 bars with error bars; the same chart from XChart and JFreeSVG was 540 kB
        assertTrue(svg.length() < 24_000, svg.length() + " characters");
        assertTrue(svg.contains("rotate(-45"), "16 long labels do not fit side by side and are turned");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void assertCoordinatesRoundedToOneDecimal(Document doc) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String value = attributes.item(a).getNodeValue();
                assertFalse(TWO_DECIMALS.matcher(value).find(), attributes.item(a).getNodeName() + "=" + value);
            }
        }
    }

    /** The error bars' path data: the only path stroked black. */
    private static String errorBars(String svg) {
        var m = Pattern.compile("<path d=\"([^\"]*)\" stroke=\"#000\"/>").matcher(svg);
        assertTrue(m.find(), svg);
        return m.group(1);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
