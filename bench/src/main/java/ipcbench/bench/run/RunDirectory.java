package ipcbench.bench.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The layout of one run's directory, {@code results/runs/<UTC timestamp>/}: what the benchmarks
 * write and the report reads. The only place that knows the file names.
 */
public final class RunDirectory {
    public static final String JMH_JSON = "jmh.json";
    public static final String JMH_LOG = "jmh.log";
    public static final String ENV_JSON = "env.json";
    /** One line per combination that was not run: benchmark, parameters, reason (tab-separated). */
    public static final String NOT_APPLICABLE = "not-applicable.txt";
    /** One JSON line per daemon the benchmark JVMs started ({@link DaemonRecord}). */
    public static final String DAEMONS = "daemons.jsonl";
    /** One JSON line per external daemon a trial measured ({@link TargetRecord}). */
    public static final String TARGETS = "targets.jsonl";
    /** How precise each row of jmh.json came out, when the run had a precision target ({@code PrecisionFile}). */
    public static final String PRECISION_JSON = "precision.json";
    public static final String FLOOR_JSON = "floor.json";
    public static final String FLOOR_LOG = "floor.log";
    /** The load generator's folder: .hlog, .hgrm, summary.json (and sweep files). */
    public static final String LOAD_DIR = "load";
    public static final String LOAD_LOG = "load.log";
    public static final String LOAD_SUMMARY = "summary.json";
    public static final String REPORT_HTML = "report.html";
    /** redis-benchmark's figures beside ipcbench's, for the same endpoints and request ({@code target --redis-benchmark}). */
    public static final String REDIS_BENCHMARK = "redis-benchmark.txt";
    public static final String SUMMARY_MD = "summary.md";

    /** Directory names: UTC, to the second, so that names sort by time. */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;

    private RunDirectory(Path root) {
        this.root = root;
    }

    /** An existing (or to be written) run directory. */
    public static RunDirectory at(Path root) {
        return new RunDirectory(root);
    }

    /**
     * Creates {@code parent/<timestamp of now>}; a second run in the same second gets a suffix
     * ({@code -2}, {@code -3}...) rather than writing into the first one's directory.
     */
    public static RunDirectory create(Path parent, Instant now) throws IOException {
        Files.createDirectories(parent);
        String name = TIMESTAMP.format(now);
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(n == 1 ? name : name + "-" + n);
            try {
                return new RunDirectory(Files.createDirectory(candidate));
            } catch (FileAlreadyExistsException e) {
                // taken by a run started in the same second: try the next suffix
            }
        }
    }

    public Path root() {
        return root;
    }

    public Path jmhJson() {
        return root.resolve(JMH_JSON);
    }

    public Path jmhLog() {
        return root.resolve(JMH_LOG);
    }

    public Path envJson() {
        return root.resolve(ENV_JSON);
    }

    public Path notApplicable() {
        return root.resolve(NOT_APPLICABLE);
    }

    public Path daemons() {
        return root.resolve(DAEMONS);
    }

    public Path targets() {
        return root.resolve(TARGETS);
    }

    public Path precisionJson() {
        return root.resolve(PRECISION_JSON);
    }

    public Path floorJson() {
        return root.resolve(FLOOR_JSON);
    }

    public Path floorLog() {
        return root.resolve(FLOOR_LOG);
    }

    public Path loadDir() {
        return root.resolve(LOAD_DIR);
    }

    public Path loadLog() {
        return loadDir().resolve(LOAD_LOG);
    }

    public Path reportHtml() {
        return root.resolve(REPORT_HTML);
    }

    public Path redisBenchmark() {
        return root.resolve(REDIS_BENCHMARK);
    }

    public Path summaryMd() {
        return root.resolve(SUMMARY_MD);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
