package ipcbench.report.load;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.ResultsFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the text HdrHistogram's {@code outputPercentileDistribution} writes ({@code .hgrm}):
 * a header line {@code Value Percentile TotalCount 1/(1-Percentile)}, then one line per
 * percentile step with those four columns (the percentile as a fraction, 0–1), then
 * {@code #[Mean …]}-style summary lines. Only the first two columns are used. HdrHistogram's
 * library reads its binary logs ({@code .hlog}) but not this text, hence this small reader.
 */
public final class HgrmReader {
    private HgrmReader() {
    }

    /** Every {@code load/*.hgrm} of a run directory, by file name; none when there is no such folder. */
    public static List<PercentileCurve> readRun(Path runDir) throws IOException {
        Path load = RunDirectory.at(runDir).loadDir();
        if (!Files.isDirectory(load)) {
            return List.of();
        }
        List<PercentileCurve> curves = new ArrayList<>();
        try (Stream<Path> files = Files.list(load)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".hgrm")).sorted().toList()) {
                curves.add(read(f));
            }
        }
        return curves;
    }

    /** @throws ResultsFileException naming the file, when it has no percentile line or a bad one */
    public static PercentileCurve read(Path file) throws IOException {
        List<Double> percentiles = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("Value")) {
                continue;
            }
            String[] cols = line.split("\\s+");
            try {
                values.add(Double.parseDouble(cols[0]));
                percentiles.add(100 * Double.parseDouble(cols[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ResultsFileException(file, "line " + (i + 1) + ": expected 'value percentile …', got '"
                        + line + "'", e);
            }
        }
        if (values.isEmpty()) {
            throw new ResultsFileException(file, "no percentile lines");
        }
        String name = file.getFileName().toString().replaceFirst("\\.hgrm$", "");
        return new PercentileCurve(name, percentiles, values);
    }
}
