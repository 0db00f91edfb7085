package ipcbench.report.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A statement about the transports that a run's numbers can support or refute: side {@code a}
 * is {@code expect}ed lower (or higher) than {@code factor} times side {@code b}, row by row over
 * the results' other parameters. The format is documented in {@code docs/report.md}.
 *
 * @param id        short stable name
 * @param text      the claim as a reader should see it
 * @param benchmark found in the fully qualified benchmark name
 * @param mode      JMH mode the results must have (avgt, thrpt…); null for any
 * @param metric    {@code primary}, or a secondary metric name prefix whose matches are summed
 *                  ({@code cpu.} adds client and daemon, user and system time)
 * @param where     parameter values that results must have, when they have the parameter at all
 * @param a         what picks side a: parameter to value; a value may list alternatives
 *                  ({@code pipe-stdio|pipe-fifo}) or be {@code min} or {@code max}
 * @param b         what picks side b, the same way
 * @param expect    the direction claimed for a against b
 * @param factor    a against {@code factor × b}: 1 for plain lower/higher, 1.1 for "at most 10 % slower"
 */
public record Claim(String id, String text, Pattern benchmark, String mode, String metric, Map<String, String> where,
                   Map<String, String> a, Map<String, String> b, Direction expect, double factor) {

    public static final String PRIMARY = "primary";

    public Claim {
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
        a = Collections.unmodifiableMap(new LinkedHashMap<>(a));
        b = Collections.unmodifiableMap(new LinkedHashMap<>(b));
    }

    /** The claimed direction of a against b. */
    public enum Direction {
        LOWER("<"), HIGHER(">");

        private final String symbol;

        Direction(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
