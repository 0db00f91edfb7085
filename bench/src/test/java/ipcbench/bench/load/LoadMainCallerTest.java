package ipcbench.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code load --client caller}: a Netty client whose receiver thread runs the connection's loop
 * and takes the sender thread's requests, for a second against a real daemon, on two connections.
 * Every reply verified, none lost; the record says which client model it measured.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LoadMainCallerTest {
    @TempDir
    Path dir;

    @Test
    void theCallerClientCarriesTheLoadAndSaysSo() throws Exception {
        int status = new CommandLine(new LoadMain()).execute("--transport", "uds-netty-epoll", "--client", "caller",
                "--rate", "2000", "--connections", "2", "--warmup", "0s", "--duration", "1s", "--out", dir.toString());
        JsonObject run = JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonArray().get(0)
                .getAsJsonObject();
        String problem = run.get("problem").getAsString();
        assertNotEquals(LoadMain.FAILED, status, problem); // SHORT would be the busy machine's, not the client's
        assertNotEquals("FAILED", run.get("verdict").getAsString(), problem);
        assertEquals("caller", run.get("client").getAsString());
        assertTrue(run.get("count").getAsLong() > 1000, "count " + run.get("count"));
        String name = "uds-netty-epoll_client=caller_rate=2000_conn=2_payload=64";
        assertEquals(name + ".hlog", run.getAsJsonObject("files").get("hlog").getAsString());
        assertTrue(Files.size(dir.resolve(name + ".hgrm")) > 0);
    }
}
