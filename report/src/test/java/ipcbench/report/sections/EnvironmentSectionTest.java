package ipcbench.report.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.jmh.JmhRun;
import ipcbench.report.text.Grid;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentSectionTest {
    /** env.json as EnvInfo writes it, as JmhReader reads it: lists and objects keep their JSON text. */
    private static final Map<String, String> ENV = env(
            "utcTimestamp", "2026-11-26T05:36:56.784785918Z",
            "profile", "quick",
            "cpuPlacement", "same (concurrency: split)",
            "cpuModel", "Intel(R) Xeon(R) Processor",
            "cores", "2",
            "kernel", "Linux 6.18.44",
            "arch", "amd64",
            "jdkVendor", "Debian",
            "jdkVersion", "17.0.15+6",
            "vmName", "OpenJDK 64-Bit Server VM",
            "jvmFlags", "-XX:+UseSerialGC -Xmx256m | -XX:+UseSerialGC -Xmx256m -Dx=1",
            "benchmarkJvms", "[{\"jvm\":\"/jdk/bin/java\",\"jdkVersion\":\"17.0.15\",\"vmVersion\":\"17.0.15+6\","
                    + "\"jvmArgs\":[\"-XX:+UseSerialGC\",\"-Xmx256m\"]},{\"jvm\":\"/jdk/bin/java\",\"jdkVersion\":\"17.0.15\","
                    + "\"vmVersion\":\"17.0.15+6\",\"jvmArgs\":[\"-XX:+UseSerialGC\",\"-Xmx256m\",\"-Dx=1\"]}]",
            "jmhArgs", "roundtrip: RoundTrip -p payload=64 -f 2; stream: Stream -p chunk=65536 -f 1; ",
            "gitCommit", "abc1234",
            "transports", "{\"uds-jdk\":\"Unix domain socket: JDK SocketChannel\"}",
            "daemonModels", "{\"uds-jdk (process)\":\"thread per connection (pooled)\"}",
            "daemonJvms", "[{\"java\":\"/jdk25/bin/java\",\"version\":\"25.0.1+8\",\"jvmArgs\":[\"-Xmx128m\"]}]",
            "futureKey", "some value");

    @Test
    void theSummaryTellsMachinesAndSetUpsApartInAFewShortRows() {
        assertEquals(env(
                "machine", "Intel(R) Xeon(R) Processor, 2 CPUs, amd64",
                "kernel", "Linux 6.18.44",
                "JDK", "Debian 17.0.15+6 (OpenJDK 64-Bit Server VM)",
                "benchmark JVMs", "/jdk/bin/java 17.0.15+6",
                "daemon JVMs", "/jdk25/bin/java 25.0.1+8",
                "benchmark JVM flags", "-XX:+UseSerialGC -Xmx256m | -XX:+UseSerialGC -Xmx256m -Dx=1",
                "CPU placement", "same (concurrency: split)",
                "profile", "quick",
                "date", "2026-11-26 05:36 UTC",
                "commit", "abc1234"), EnvironmentSection.summary(ENV));
    }

    @Test
    void theLongStringsAreARowPerEntryAndUnknownKeysStayAsTheyAre() {
        assertEquals(env(
                "JMH arguments: roundtrip", "RoundTrip -p payload=64 -f 2",
                "JMH arguments: stream", "Stream -p chunk=65536 -f 1",
                "transport uds-jdk", "Unix domain socket: JDK SocketChannel",
                "server model: uds-jdk (process)", "thread per connection (pooled)",
                "benchmark JVM 1", "/jdk/bin/java 17.0.15+6: -XX:+UseSerialGC -Xmx256m",
                "benchmark JVM 2", "/jdk/bin/java 17.0.15+6: -XX:+UseSerialGC -Xmx256m -Dx=1",
                "daemon JVM 1", "/jdk25/bin/java 25.0.1+8: -Xmx128m",
                "futureKey", "some value"), EnvironmentSection.details(ENV));
    }

    @Test
    void runsSideBySideTheLongStringsFolded() {
        Map<String, String> older = env("kernel", "Linux 6.1", "utcTimestamp", "not a date", "jmhArgs", "RoundTrip -f 1");
        Section s = EnvironmentSection.build(List.of(run("new", ENV), run("old", older)));

        assertEquals(2, s.tables().size());
        assertFalse(s.tables().get(0).folded());
        assertTrue(s.tables().get(1).folded());
        Grid summary = s.tables().get(0).grid();
        assertEquals(List.of("", "new", "old"), summary.columns().stream().map(Grid.Column::header).toList());
        assertTrue(summary.rows().contains(List.of("kernel", "Linux 6.18.44", "Linux 6.1")));
        assertTrue(summary.rows().contains(List.of("date", "2026-11-26 05:36 UTC", "not a date")), "shown as written");
        assertTrue(summary.rows().contains(List.of("profile", "quick", "-")));
        assertTrue(s.tables().get(1).grid().rows().contains(List.of("JMH arguments", "-", "RoundTrip -f 1")));
    }

    @Test
    void withoutEnvJsonTheSectionSaysSo() {
        Section s = EnvironmentSection.build(List.of(run("bare", Map.of())));

        assertTrue(s.intro().startsWith("No env.json in the run directory"), s.intro());
        assertEquals(List.of(), s.tables());
    }

    @Test
    void listsAndObjectsThatAreNotTheExpectedJsonAreShownAsTheyAre() {
        Map<String, String> env = env("transports", "not json {", "benchmarkJvms", "{\"not\":\"a list\"}");

        assertEquals(Map.of(), EnvironmentSection.summary(env));
        assertEquals(env, EnvironmentSection.details(env));
    }

    private static LoadedRun run(String label, Map<String, String> env) {
        return new LoadedRun(label, new JmhRun(Path.of(label), env, List.of()), List.of(), List.of());
    }

    private static Map<String, String> env(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
