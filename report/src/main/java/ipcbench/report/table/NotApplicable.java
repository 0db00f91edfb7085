package ipcbench.report.table;

import ipcbench.bench.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark and transport combinations a run did not measure because they do not apply
 * (e.g. several clients on a pipe), from the run directory's {@code not-applicable.txt}: one line
 * each, benchmark, parameters and reason separated by tabs (written by the bench's RunFamily).
 */
public record NotApplicable(String benchmark, String params, String reason) {
    /** The parameters as a map: {@code clients=4 transport=pipe-fifo} is clients → 4, transport → pipe-fifo. */
    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : params.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    /** The entries of a run directory; none for a JSON file or a run without the file. */
    public static List<NotApplicable> read(Path run) throws IOException {
        Path file = RunDirectory.at(run).notApplicable();
        List<NotApplicable> all = new ArrayList<>();
        if (!Files.isDirectory(run) || !Files.exists(file)) {
            return all;
        }
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                all.add(new NotApplicable(fields[0], fields[1], fields[2]));
            }
        }
        return all;
    }
}
