package ipcbench.transport.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DaemonOptionsTest {
    @Test
    void theDaemonJvmsGetJvmFlagsUnlessThePropertyReplacesThem() {
        assertEquals(JvmFlags.DAEMON, DaemonOptions.defaultJvmArgs(null));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx1g"), DaemonOptions.defaultJvmArgs(" -XX:+UseParallelGC  -Xmx1g "));
    }
}
