package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

class ForkMergeTest {

    @Test
    void aMergedRowIsOneRowWithAllForksAsJmhJsonHasIt() {
        Map<String, String> params = Map.of("payload", "64", "transport", "uds-jdk");
        RunResult merged = ForkMerge.merge(FabricatedRows.row(params, new double[] {10, 11}, new double[] {12, 13}),
                FabricatedRows.row(params, new double[] {14, 15}));

        assertEquals(3, merged.getParams().getForks());
        assertEquals(12.5, merged.getPrimaryResult().getScore(), 1e-9, "the mean of all iterations");
        JsonObject json = json(merged);
        assertEquals(3, json.get("forks").getAsInt());
        assertEquals(3, json.getAsJsonObject("primaryMetric").getAsJsonArray("rawData").size());
        assertEquals("uds-jdk", json.getAsJsonObject("params").get("transport").getAsString());
        assertTrue(json.getAsJsonArray("jvmArgs").toString().contains("-Xmx256m"));
    }

    private static JsonObject json(RunResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(List.of(result));
        }
        return JsonParser.parseString(bytes.toString(StandardCharsets.UTF_8)).getAsJsonArray().get(0).getAsJsonObject();
    }
}
