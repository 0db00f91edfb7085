package ipcbench.bench.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.bench.precision.FabricatedRows;
import ipcbench.bench.run.JmhJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;

/** The floor check's forks, one per round, as jmh.json rows: made up results, no benchmark runs. */
class ForkRowsTest {
    private static final Map<String, String> UDS = Map.of("payload", "64", "transport", "uds-jdk");
    private static final Map<String, String> TCP = Map.of("payload", "64", "transport", "tcp-nio");
    private static final Map<String, String> UDS_FLOOR = Map.of("payload", "64", "mechanism", "uds");

    @TempDir
    Path dir;

    @Test
    void eachRowHoldsItsRoundsAsForksInJmhJson() throws IOException {
        ForkRows rows = new ForkRows();
        for (int round = 0; round < 3; round++) {
            RunResult fork = FabricatedRows.row(UDS, new double[] {10 + round, 10 + round});
            assertSame(fork, rows.add(fork), "the fork back, for its score");
            rows.add(FabricatedRows.row(UDS_FLOOR, new double[] {8 + round, 8 + round}));
            rows.add(FabricatedRows.row(TCP, new double[] {20 + round, 22 + round}));
        }
        Path json = dir.resolve("jmh.json");
        JmhJson.append(json, rows.rows());

        JsonArray written = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonArray();
        assertEquals(3, written.size(), "a row per benchmark and parameters: " + written);
        assertRow(written.get(0).getAsJsonObject(), "transport", "uds-jdk", 3, 11);
        assertRow(written.get(1).getAsJsonObject(), "mechanism", "uds", 3, 9);
        assertRow(written.get(2).getAsJsonObject(), "transport", "tcp-nio", 3, 22);
    }

    @Test
    void jmhJsonKeepsTheRowsAlreadyThere() throws IOException {
        Path json = dir.resolve("jmh.json");
        ForkRows first = new ForkRows();
        first.add(FabricatedRows.row(UDS, new double[] {10}));
        JmhJson.append(json, first.rows());
        ForkRows second = new ForkRows();
        second.add(FabricatedRows.row(TCP, new double[] {20}));
        JmhJson.append(json, second.rows());

        JsonArray written = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonArray();
        assertEquals(2, written.size());
        assertRow(written.get(1).getAsJsonObject(), "transport", "tcp-nio", 1, 20);
    }

    private static void assertRow(JsonObject row, String param, String value, int forks, double mean) {
        assertEquals(value, row.getAsJsonObject("params").get(param).getAsString(), row.toString());
        assertEquals(forks, row.get("forks").getAsInt());
        assertEquals(forks, row.getAsJsonObject("primaryMetric").getAsJsonArray("rawData").size(), "a fork, a rawData");
        assertEquals(mean, row.getAsJsonObject("primaryMetric").get("score").getAsDouble(), 1e-9);
    }
}
