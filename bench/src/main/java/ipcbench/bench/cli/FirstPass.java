package ipcbench.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.RunResult;

/**
 * A family's first pass kept between two RunFamily JVMs: JMH's own results, serialized as JMH
 * sends them from a fork, so the second step has every iteration (and can merge forks into them)
 * while the families after it can see what they will need. A file of the run directory that lives
 * from a family's first pass to its second step.
 */
final class FirstPass {
    /** What a first pass holds: JMH's results, with our profilers' among them, in Java's collections. */
    private static final ObjectInputFilter ONLY_RESULTS =
            ObjectInputFilter.Config.createFilter("org.openjdk.jmh.**;ipcbench.**;java.**;!*");

    private FirstPass() {
    }

    static void keep(Path file, List<RunResult> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new ArrayList<>(rows));
        }
    }

    static List<RunResult> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_RESULTS);
            List<?> rows = (List<?>) objects.readObject();
            return rows.stream().map(RunResult.class::cast).toList();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + " is not a first pass of this version: " + e, e);
        }
    }

    /** {@link #read}, then the file is deleted: the rows go on in the caller's jmh.json. */
    static List<RunResult> take(Path file) throws IOException {
        List<RunResult> rows = read(file);
        Files.delete(file);
        return rows;
    }
}
