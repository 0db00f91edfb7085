package ipcbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgWriterTest {

    @Test
    void numbersAreRoundedToATenthWithoutTrailingZeros() {
        assertEquals("12.3", SvgWriter.number(12.34));
        assertEquals("12.4", SvgWriter.number(12.35));
        assertEquals("7", SvgWriter.number(7.0));
        assertEquals("10", SvgWriter.number(9.96));
        assertEquals("0", SvgWriter.number(-0.04));
        assertEquals("-0.1", SvgWriter.number(-0.06));
        assertEquals("720", SvgWriter.number(720));
    }

    @Test
    void attributesAndTextAreEscapedAndNullAttributesLeftOut() {
        String svg = new SvgWriter().element("path", "d", new SvgWriter.Path().move(1.25, 2).horizontal(3).vertical(4.04)
                        .line(5, 6), "stroke-dasharray", null, "stroke", "#000")
                .text("text", "a < b & \"c\"", "x", 1.0).toString();

        assertEquals("<path d=\"M1.3 2H3V4L5 6\" stroke=\"#000\"/>\n<text x=\"1\">a &lt; b &amp; &quot;c&quot;</text>\n", svg);
    }
}
