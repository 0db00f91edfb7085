package ipcbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ipcbench.transport.Transports;
import java.awt.Color;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void everyRegisteredTransportHasAColourOfItsOwn() {
        Map<Color, String> owner = new LinkedHashMap<>();
        for (String id : Transports.ids()) {
            String other = owner.put(Palette.of(id), id);
            assertNull(other, id + " has the colour of " + other);
        }
    }

    @Test
    void todaysTransportsKeepTheirColours() {
        assertEquals(List.of("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7"),
                List.of("tcp-socket", "tcp-nio", "tcp-netty-epoll", "uds-jdk", "uds-junixsocket", "uds-netty-epoll",
                        "pipe-stdio", "pipe-fifo").stream().map(t -> Palette.css(Palette.of(t))).toList());
    }

    @Test
    void aLabelThatContainsATransportIdHasThatTransportsColour() {
        for (String id : Transports.ids()) {
            assertEquals(Palette.of(id), Palette.of(id + "_rate=20000_connections=1"), id);
            assertEquals(id, Palette.transportIn("load-" + id + "-r1000"));
        }
        assertEquals(Palette.of("uds-junixsocket"), Palette.of("load-uds-junixsocket-r1000"), "longest id wins");
    }

    @Test
    void anUnknownNameHasAStableColourUnlikeAnyTransports() {
        Set<Color> transports = new HashSet<>();
        Transports.ids().forEach(id -> transports.add(Palette.of(id)));
        for (String name : List.of("some-new-transport", "baseline", "x")) {
            Color c = Palette.of(name);
            assertNotNull(c, name);
            assertEquals(c, Palette.of(name), name);
            assertFalse(transports.contains(c), name + " looks like a transport");
        }
    }

    @Test
    void transportsSortInTheRegistrysOrderOthersAfter() {
        List<String> ids = Transports.ids();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, Palette.order(ids.get(i)), ids.get(i));
        }
        assertEquals(ids.size(), Palette.order("some-new-transport"));
    }
}
