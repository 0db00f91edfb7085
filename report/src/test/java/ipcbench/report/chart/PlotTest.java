package ipcbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlotTest {

    @Test
    void legendNamesWrapAtSpacesAndUnderscores() {
        assertEquals(List.of("uds-jdk_rate=20000_", "connections=1"), Plot.wrap("uds-jdk_rate=20000_connections=1", 20));
        assertEquals(List.of("uds-junixsocket", "daemon=process"), Plot.wrap("uds-junixsocket daemon=process", 20));
        assertEquals(List.of("tcp-nio"), Plot.wrap("tcp-nio", 20));
        assertEquals(List.of("a-name-longer-than-the-limit"), Plot.wrap("a-name-longer-than-the-limit", 20));
    }

    @Test
    void aTargetsSocketPathWrapsAtItsSlashes() {
        assertEquals(List.of("unix:/tmp/redis-test/", "redis.sock"), Plot.wrap("unix:/tmp/redis-test/redis.sock", 24));
    }
}
