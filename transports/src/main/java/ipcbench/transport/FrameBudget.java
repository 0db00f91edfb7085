package ipcbench.transport;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes a daemon's frame buffers may take beyond each connection's small one, all connections
 * together. Buffers grow with the bytes received, never with the length a header declares, and
 * growth past {@link #FREE_BYTES} per connection is reserved here first: a client that declares or
 * sends frames the daemon cannot hold is refused on its own connection, and the others keep their
 * memory. Without it, a handful of clients each declaring 16 MiB exhausted a 128 MiB daemon's
 * direct memory, and then even new, well-behaved connections failed.
 */
public final class FrameBudget {
    /**
     * A connection's buffer up to this size is not counted: small frames never touch the budget,
     * and an idle connection holds this much at most, so thousands of them fit.
     */
    public static final int FREE_BYTES = 8 * 1024;

    /** The client side's: it reads only the responses it asked for. */
    public static final FrameBudget UNLIMITED = new FrameBudget(Long.MAX_VALUE);

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    private FrameBudget(long limit) {
        this.limit = limit;
    }

    /** A budget of {@code bytes}; 0 or less: {@link #forThisJvm()}. */
    public static FrameBudget of(long bytes) {
        return bytes > 0 ? new FrameBudget(bytes) : forThisJvm();
    }

    /**
     * Half this JVM's direct-memory limit ({@code -XX:MaxDirectMemorySize}, by default the heap's
     * maximum): the other half is for the connections' small buffers, the shared response
     * pattern and the libraries' own.
     */
    public static FrameBudget forThisJvm() {
        return new FrameBudget(directMemoryLimit(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().maxMemory()) / 2);
    }

    /** {@code -XX:MaxDirectMemorySize=} among {@code jvmArgs} (k, m, g suffixes), else {@code maxHeap}. */
    static long directMemoryLimit(List<String> jvmArgs, long maxHeap) {
        long limit = maxHeap;
        for (String arg : jvmArgs) {
            if (arg.startsWith("-XX:MaxDirectMemorySize=")) {
                String size = arg.substring(arg.indexOf('=') + 1).trim().toLowerCase(Locale.ROOT);
                long unit = switch (size.isEmpty() ? ' ' : size.charAt(size.length() - 1)) {
                    case 'k' -> 1L << 10;
                    case 'm' -> 1L << 20;
                    case 'g' -> 1L << 30;
                    default -> 1;
                };
                String digits = unit == 1 ? size : size.substring(0, size.length() - 1);
                long value = Long.parseLong(digits) * unit;
                limit = value > 0 ? value : maxHeap; // 0 means "as the heap"
            }
        }
        return limit;
    }

    /** Takes {@code bytes} from the budget; false (and nothing taken) when they are not there. */
    public boolean tryReserve(long bytes) {
        while (true) {
            long now = used.get();
            if (bytes > limit - now) {
                return false;
            }
            if (used.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** Gives back what {@link #tryReserve} took. */
    public void release(long bytes) {
        used.addAndGet(-bytes);
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used.get();
    }

    /** For refusals: {@code 12582912 of 67108864 bytes in use}. */
    public String describe() {
        return used() + " of " + limit + " bytes in use";
    }
}
