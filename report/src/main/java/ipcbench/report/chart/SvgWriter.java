package ipcbench.report.chart;

import java.math.BigDecimal;

/**
 * Writes SVG markup. Numbers are rounded to a tenth of a pixel: finer steps are invisible on
 * screen and on paper, and a report repeats coordinates thousands of times.
 */
final class SvgWriter {
    private final StringBuilder sb = new StringBuilder();

    /** An empty element; attributes come as name, value pairs (doubles rounded, a null value leaves its attribute out). */
    SvgWriter element(String name, Object... attributes) {
        open(name, attributes);
        sb.append("/>\n");
        return this;
    }

    SvgWriter start(String name, Object... attributes) {
        open(name, attributes);
        sb.append(">\n");
        return this;
    }

    SvgWriter end(String name) {
        sb.append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding text: a {@code <text>} or a {@code <title>}. */
    SvgWriter text(String name, String text, Object... attributes) {
        open(name, attributes);
        sb.append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** 12.34 as "12.3", 7.0 as "7", -0.04 as "0". */
    static String number(double v) {
        return BigDecimal.valueOf(Math.round(v * 10), 1).stripTrailingZeros().toPlainString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void open(String name, Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException(name + ": attributes must come in name, value pairs");
        }
        sb.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object v = attributes[i + 1];
            if (v == null) {
                continue;
            }
            sb.append(' ').append(attributes[i]).append("=\"")
                    .append(v instanceof Double d ? number(d) : escape(String.valueOf(v))).append('"');
        }
    }

    /** Path data: absolute moves and lines, the shortest form for axis-parallel ones. */
    static final class Path {
        private final StringBuilder d = new StringBuilder();

        Path move(double x, double y) {
            d.append('M').append(number(x)).append(' ').append(number(y));
            return this;
        }

        Path line(double x, double y) {
            d.append('L').append(number(x)).append(' ').append(number(y));
            return this;
        }

        Path horizontal(double x) {
            d.append('H').append(number(x));
            return this;
        }

        Path vertical(double y) {
            d.append('V').append(number(y));
            return this;
        }

        boolean isEmpty() {
            return d.length() == 0;
        }

        @Override
        public String toString() {
            return d.toString();
        }
    }
}
