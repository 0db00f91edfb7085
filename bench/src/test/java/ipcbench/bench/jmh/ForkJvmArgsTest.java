package ipcbench.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.daemon.JvmFlags;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Every benchmark's {@code @Fork} gives the benchmark JVMs {@link JvmFlags#BENCHMARK}: the annotations cannot drift. */
class ForkJvmArgsTest {
    private static final OutputFormat SILENT = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);

    @Test
    void everyBenchmarkForksWithTheBenchmarkFlags() throws ClassNotFoundException {
        Set<String> classes = new TreeSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(SILENT, List.of())) {
            classes.add(entry.getUserClassQName());
        }
        assertTrue(classes.contains(RoundTrip.class.getName()), "JMH's benchmark list: " + classes);
        for (String name : classes) {
            Fork fork = Class.forName(name).getAnnotation(Fork.class);
            assertNotNull(fork, name + " has no @Fork");
            assertEquals(JvmFlags.BENCHMARK, List.of(fork.jvmArgs()), name);
        }
    }
}
