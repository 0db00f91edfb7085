package ipcbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.InjectedDelay;
import java.io.IOException;
import java.nio.file.Files;
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

    @Test
    void aDaemonWithAnInjectedDelayIsRecordedWithItAndARealOneWithoutTheField() throws IOException {
        Path file = dir.resolve("daemons.jsonl");
        DaemonOptions options = DaemonOptions.defaults().withInjectedDelay(InjectedDelay.parse("uds-jdk:3us"));
        for (String transport : List.of("uds-jdk", "tcp-nio")) {
            try (Daemon daemon = Daemon.start(Transports.get(transport), Daemon.Mode.PROCESS, options);
                 ClientConnection client = daemon.connect(ClientConfig.defaults())) {
                client.roundTrip(0, 64, 64);
                DaemonRecord.of(daemon).appendTo(file);
            }
        }
        List<DaemonRecord> records = DaemonRecord.readAll(file);
        assertEquals(3000L, records.get(0).injectedDelayNanos());
        assertNull(records.get(1).injectedDelayNanos());
        assertFalse(Files.readAllLines(file).get(1).contains("injectedDelay"), "a real daemon's line has no such field");
    }
}
