package ipcbench.report.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per transport, the same in every chart and every report, so a reader learns it once.
 * The eight transports of the project have fixed colours (Tableau 10, distinguishable in colour
 * blindness simulations); others take one of the remaining colours by a stable hash of the name.
 */
public final class Palette {
    private static final Map<String, Color> KNOWN = new LinkedHashMap<>();
    private static final List<Color> OTHERS = List.of(new Color(0x9C755F), new Color(0x555555),
            new Color(0x2F4B7C), new Color(0x8C564B), new Color(0x17BECF), new Color(0xBCBD22));

    static {
        KNOWN.put("tcp-socket", new Color(0x4E79A7));
        KNOWN.put("tcp-nio", new Color(0xF28E2B));
        KNOWN.put("tcp-netty-epoll", new Color(0xE15759));
        KNOWN.put("uds-jdk", new Color(0x76B7B2));
        KNOWN.put("uds-junixsocket", new Color(0x59A14F));
        KNOWN.put("uds-netty-epoll", new Color(0xEDC948));
        KNOWN.put("pipe-stdio", new Color(0xB07AA1));
        KNOWN.put("pipe-fifo", new Color(0xFF9DA7));
    }

    private Palette() {
    }

    /** The colour of a transport id, or of a label that contains one (a load file's name). */
    public static Color of(String label) {
        String transport = transportIn(label);
        if (transport != null) {
            return KNOWN.get(transport);
        }
        return OTHERS.get(Math.floorMod(label.hashCode(), OTHERS.size()));
    }

    /** The longest known transport id inside {@code label}, or null. */
    public static String transportIn(String label) {
        String best = null;
        for (String t : KNOWN.keySet()) {
            if (label.contains(t) && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }

    /** CSS hex, for legends drawn in HTML. */
    public static String css(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }

    /** Sorting key that keeps transports in the project's order (TCP, UDS, pipes), others after. */
    public static int order(String transport) {
        int i = List.copyOf(KNOWN.keySet()).indexOf(transport);
        return i < 0 ? KNOWN.size() : i;
    }
}
