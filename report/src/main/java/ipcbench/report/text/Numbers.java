package ipcbench.report.text;

import java.util.Locale;

/** Number formatting shared by the tables: about four significant digits, no exponents. */
public final class Numbers {
    private Numbers() {
    }

    /** A score: 23.46, 1234, 0.4567; "?" for NaN. */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 || a == 0 ? 3 : 4;
        if (a != 0 && a < 0.001) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A fraction as a signed percentage: +20.05%, -3.10%; "?" for NaN. */
    public static String signedPercent(double fraction) {
        return Double.isNaN(fraction) ? "?" : String.format(Locale.ROOT, "%+.2f%%", fraction * 100);
    }

    /** A fraction as a percentage without sign: 12%, 1.2%, 0.04%. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "?";
        }
        double p = fraction * 100;
        return String.format(Locale.ROOT, p >= 10 ? "%.0f%%" : p >= 1 ? "%.1f%%" : "%.2f%%", p);
    }

    /** A p-value to three decimals. */
    public static String pValue(double p) {
        return String.format(Locale.ROOT, "%.3f", p);
    }
}
