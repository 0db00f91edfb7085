package ipcbench.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code load --protocol} against our daemons: each protocol's client at a fixed rate, every answer
 * checked as in the benchmarks; a transport the protocol does not run over is refused before any
 * daemon starts, naming why.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LoadProtocolTest {
    @TempDir
    Path dir;

    @Test
    void eachProtocolKeepsTheRateOverItsTransports() throws Exception {
        List<String> rows = new ArrayList<>();
        for (String[] run : new String[][] {{"http1", "uds-jdk"}, {"grpc", "tcp-netty-epoll"}, {"jsonrpc", "uds-jdk"}}) {
            Path out = dir.resolve(run[0]);
            int status = new CommandLine(new LoadMain()).execute("--transport", run[1], "--protocol", run[0],
                    "--rate", "500", "--connections", "2", "--warmup", "1s", "--duration", "2s", "--out", out.toString());
            JsonArray summary = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonArray();
            for (JsonElement element : summary) {
                var result = element.getAsJsonObject();
                rows.add(result.get("protocol").getAsString() + " " + result.get("transport").getAsString());
                assertTrue(result.get("count").getAsLong() > 0, result.toString());
            }
            assertEquals(0, status, summary.toString());
        }
        assertEquals(List.of("http1 uds-jdk", "grpc tcp-netty-epoll", "jsonrpc uds-jdk"), rows);
    }

    @Test
    void aTransportTheProtocolDoesNotRunOverIsBadUsage() {
        LoadMain main = new LoadMain();
        new CommandLine(main).parseArgs("--transport", "uds-junixsocket", "--protocol", "grpc");
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class, main::validate);
        assertTrue(e.getMessage().contains("--transport uds-junixsocket --protocol grpc: grpc opens its sockets with"),
                e.getMessage());
    }
}
