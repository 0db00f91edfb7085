package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnvInfoTest {

    @Test
    void recordsTheServerModelEachDaemonReportedInTheJmhLog(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("jmh.log"), String.join("\n",
                "# Warmup Iteration   1: # ipcbench daemon: uds-jdk (process), thread per connection, endpoint /tmp/x/uds-jdk.sock",
                "# ipcbench daemon: pipe-stdio (process), one stream (stdin/stdout), served until stdin ends, endpoint stdio",
                "Iteration   1: 5.1 us/op"));
        Path out = dir.resolve("env.json");

        assertEquals(0, new CommandLine(new EnvInfo()).execute("--out", out.toString(), "--jmh-log", log.toString()));

        JsonObject models = JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonObject("daemonModels");
        assertEquals("thread per connection", models.get("uds-jdk (process)").getAsString());
        assertEquals("one stream (stdin/stdout), served until stdin ends", models.get("pipe-stdio (process)").getAsString());
    }
}
