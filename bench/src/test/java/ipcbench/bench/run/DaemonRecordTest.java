package ipcbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmark JVMs append, the run reads back: every record, in order. */
class DaemonRecordTest {
    @TempDir
    Path dir;

    @Test
    void recordsReadBackAsAppended() throws IOException {
        Path file = dir.resolve("daemons.jsonl");
        List<DaemonRecord> records = List.of(
                new DaemonRecord("uds-jdk", "process", "thread per connection", 4242, "/opt/jdk/bin/java",
                        List.of("-XX:+UseSerialGC", "-Xmx128m"), "17.0.15+6", "0"),
                new DaemonRecord("tcp-nio", "in-process", "selector, in-process", 17, "/opt/jdk/bin/java", List.of(), "25+36",
                        "0-1"));
        for (DaemonRecord record : records) {
            record.appendTo(file);
        }
        assertEquals(records, DaemonRecord.readAll(file));
    }

    @Test
    void noFileIsNoRecords() throws IOException {
        assertEquals(List.of(), DaemonRecord.readAll(dir.resolve("absent")));
    }
}
