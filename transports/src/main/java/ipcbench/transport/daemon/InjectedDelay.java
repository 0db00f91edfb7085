package ipcbench.transport.daemon;

import ipcbench.transport.Transports;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test only: the daemons of one transport busy-wait this long before each response, a known
 * slowdown to check that the CI gate catches one (docs/ci.md, the gate study). Written
 * {@code TRANSPORT:NANOSns} or {@code TRANSPORT:MICROSus}, e.g. {@code uds-jdk:500ns}; given to
 * the benchmark JVMs by {@link #ENV} (run-bench.sh's {@code --inject-delay} sets it), so a plain
 * JMH run can take it too. Every daemon that delays says so (its {@code DELAY} line, the run's
 * daemon records, env.json's {@code injectedDelay}, compare's warnings): a delayed run is never
 * a measurement of the code.
 *
 * @param transport the transport whose daemons delay
 * @param nanos     the busy-wait before each response, 1 ns to {@link #MAX_NANOS}
 */
public record InjectedDelay(String transport, long nanos) {
    public static final String ENV = "IPCBENCH_INJECT_DELAY";
    /** Longer is no longer a slowdown of a round trip but another benchmark (and nears the deadlines). */
    public static final long MAX_NANOS = 1_000_000;
    private static final Pattern SPEC = Pattern.compile("([a-z0-9-]+):([0-9]+)(ns|us)");

    public InjectedDelay {
        Transports.get(transport); // an unknown transport fails, naming the known ones
        if (nanos < 1 || nanos > MAX_NANOS) {
            throw new IllegalArgumentException("an injected delay must be 1 ns to " + MAX_NANOS / 1000 + " us, is "
                    + nanos + " ns");
        }
    }

    /** {@code uds-jdk:500ns}; a malformed one is refused with a message that shows the form. */
    public static InjectedDelay parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad injected delay '" + spec
                    + "' (expected TRANSPORT:NANOSns or TRANSPORT:MICROSus, e.g. uds-jdk:500ns)");
        }
        long amount;
        try {
            amount = Math.multiplyExact(Long.parseLong(m.group(2)), m.group(3).equals("us") ? 1000L : 1L);
        } catch (ArithmeticException | NumberFormatException e) {
            amount = Long.MAX_VALUE; // refused below as over the maximum
        }
        return new InjectedDelay(m.group(1), amount);
    }

    /** The delay {@link #ENV} asks for, or null when it is unset or empty. */
    public static InjectedDelay fromEnvironment() {
        String spec = Objects.requireNonNullElse(System.getenv(ENV), "").strip();
        return spec.isEmpty() ? null : parse(spec);
    }

    /** The delay of {@code delay} for a daemon of {@code transportId}: 0 when there is none or it names another. */
    public static long nanosFor(InjectedDelay delay, String transportId) {
        return delay != null && delay.transport.equals(transportId) ? delay.nanos : 0;
    }

    /** As it is written: {@code uds-jdk:500ns}. */
    @Override
    public String toString() {
        return transport + ":" + nanos + "ns";
    }
}
