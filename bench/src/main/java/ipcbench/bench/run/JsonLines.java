package ipcbench.bench.run;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's record files: one JSON object per line, written by the benchmark JVMs (JMH's forks)
 * into the file an environment variable names, read back into env.json.
 */
final class JsonLines {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private JsonLines() {
    }

    /** Appends {@code record} to the file {@code fileEnv} names, if it names one (unset in a plain JMH run). */
    static void appendToRun(String fileEnv, Object record) throws IOException {
        String file = System.getenv(fileEnv);
        if (file != null && !file.isBlank()) {
            append(Path.of(file), record);
        }
    }

    static void append(Path file, Object record) throws IOException {
        // One write per line, in append mode: records of successive forks never interleave.
        Files.writeString(file, GSON.toJson(record) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every record in {@code file}, in the order written; none when there is no file. */
    static <T> List<T> readAll(Path file, Class<T> type) throws IOException {
        List<T> records = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    records.add(GSON.fromJson(line, type));
                }
            }
        }
        return records;
    }
}
