package ipcbench.bench.run;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/** A run's {@code jmh.json}: JMH's own JSON format, so the report reads it as any JMH run's. */
public final class JmhJson {
    private JmhJson() {
    }

    /** Adds {@code results} to the JSON array already in {@code json}, or starts one. */
    public static void append(Path json, List<RunResult> results) throws IOException {
        append(json, results, null);
    }

    /** As {@link #append(Path, List)}, each result's {@code jvm} shown as {@code jvm} when it is not null. */
    public static void append(Path json, List<RunResult> results, String jvm) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        JsonArray all = Files.exists(json) ? JsonParser.parseString(Files.readString(json)).getAsJsonArray() : new JsonArray();
        if (!results.isEmpty()) {
            JsonArray added = JsonParser.parseString(bytes.toString(StandardCharsets.UTF_8)).getAsJsonArray();
            if (jvm != null) {
                added.forEach(result -> result.getAsJsonObject().addProperty("jvm", jvm));
            }
            all.addAll(added);
        }
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues()
                .create().toJson(all) + "\n", StandardCharsets.UTF_8);
    }
}
