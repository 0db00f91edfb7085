package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** precision.json as its doc comment and docs/precision.md describe it, each family's rows appended. */
class PrecisionFileTest {
    private static final PrecisionGoal GOAL = new PrecisionGoal(0.05, Duration.ofSeconds(270));

    @Test
    void eachFamilyAppendsItsRowsWithTheirHalfWidthSamplesAndWhyNotMet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("precision.json");
        RowPrecision drifting = RowPrecision.of(FabricatedRows.row(Map.of("payload", "64", "transport", "uds-jdk"),
                new double[] {12, 12.2}, new double[] {13, 13.2}, new double[] {14, 14.2}, new double[] {15, 15.2}), GOAL, 1);
        RowPrecision tight = RowPrecision.of(FabricatedRows.row(Map.of("payload", "16384"), new double[] {10, 10}), GOAL, 0);
        PrecisionFile.append(file, GOAL, List.of(drifting));
        PrecisionFile.append(file, GOAL, List.of(tight));

        JsonObject precision = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals(0.05, precision.get("target").getAsDouble());
        assertEquals(270, precision.get("budgetSeconds").getAsLong());
        JsonArray rows = precision.getAsJsonArray("rows");
        assertEquals(2, rows.size());
        JsonObject row = rows.get(0).getAsJsonObject();
        assertEquals(FabricatedRows.BENCHMARK, row.get("benchmark").getAsString());
        assertEquals("avgt", row.get("mode").getAsString());
        assertEquals("uds-jdk", row.getAsJsonObject("params").get("transport").getAsString());
        assertEquals(HalfWidth.relative(new double[] {12.1, 13.1, 14.1, 15.1}), row.get("halfWidth").getAsDouble(), 1e-9);
        assertEquals("forks", row.get("samples").getAsString());
        assertEquals(4, row.get("n").getAsInt());
        assertEquals(4, row.get("forks").getAsInt());
        assertEquals(1, row.get("addedForks").getAsInt());
        assertFalse(row.get("met").getAsBoolean());
        assertEquals("drift", row.get("diagnosis").getAsString());
        assertEquals("fork means 12.1 -> 15.1 us/op over 4 forks", row.get("detail").getAsString());
        JsonObject met = rows.get(1).getAsJsonObject();
        assertTrue(met.get("met").getAsBoolean());
        assertEquals("iterations", met.get("samples").getAsString());
        assertFalse(met.has("diagnosis"));
    }

    @Test
    void aRowWithOneSampleHasNoHalfWidth(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("precision.json");
        PrecisionFile.append(file, GOAL, List.of(RowPrecision.of(FabricatedRows.row(Map.of(), new double[] {10}), GOAL, 0)));
        JsonObject row = JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonArray("rows").get(0)
                .getAsJsonObject();
        assertTrue(row.get("halfWidth").isJsonNull());
        assertFalse(row.get("met").getAsBoolean());
    }
}
