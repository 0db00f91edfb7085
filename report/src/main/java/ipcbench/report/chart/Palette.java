package ipcbench.report.chart;

import ipcbench.transport.Transports;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * One colour per transport, the same in every chart and every report, so a reader learns it once.
 * A transport's colour is the one at its index in the registry ({@link Transports#ids()}): Tableau
 * 10 first (distinguishable in colour blindness simulations), so adding a transport at the end
 * leaves the others' colours alone. Other labels take a colour of a separate list by a stable hash
 * of the name, so they never look like a transport.
 */
public final class Palette {
    private static final List<Color> TRANSPORTS = colours(
            // Tableau 10, without the brown that OTHERS has
            0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0xBAB0AC,
            // then Tableau 20's that are not too close to those
            0xA0CBE8, 0xFFBE7D, 0x8CD17D, 0xD4A6C8, 0x499894, 0xB6992D, 0xD37295);
    private static final List<Color> OTHERS = colours(0x9C755F, 0x555555, 0x2F4B7C, 0x8C564B, 0x17BECF, 0xBCBD22);
    private static final List<String> IDS = Transports.ids();

    private Palette() {
    }

    /** The colour of a transport id, or of a label that contains one (a load file's name). */
    public static Color of(String label) {
        String transport = transportIn(label);
        if (transport != null) {
            // beyond the list's end colours repeat; PaletteTest fails first, asking for more colours
            return TRANSPORTS.get(IDS.indexOf(transport) % TRANSPORTS.size());
        }
        return OTHERS.get(Math.floorMod(label.hashCode(), OTHERS.size()));
    }

    /** The longest registered transport id inside {@code label}, or null. */
    public static String transportIn(String label) {
        String best = null;
        for (String t : IDS) {
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

    /** Sorting key that keeps transports in the registry's order (TCP, UDS, pipes), others after. */
    public static int order(String transport) {
        int i = IDS.indexOf(transport);
        return i < 0 ? IDS.size() : i;
    }

    private static List<Color> colours(int... rgb) {
        return Arrays.stream(rgb).mapToObj(Color::new).toList();
    }
}
