package ipcbench.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line as scripts/run-bench.sh runs it, in a JVM of its own: exit status, stdout and
 * stderr, its results folder ({@code IPCBENCH_RESULTS}) the test's.
 */
final class CommandLineProcess {
    private static final long LIMIT_SECONDS = 150;

    record Outcome(int status, String out, String err) {
    }

    private CommandLineProcess() {
    }

    static Outcome run(Path results, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Home.ROOT_PROPERTY + "=" + Path.of("..").toAbsolutePath().normalize(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(Home.RESULTS_ENV, results.toString());
        Path out = Files.createTempFile("main-test", ".out");
        Path err = Files.createTempFile("main-test", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("run-bench.sh " + args + " did not end within " + LIMIT_SECONDS + " s");
        }
        try {
            return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    /** The run directories the command line made in {@code results}. */
    static List<Path> runDirectories(Path results) throws IOException {
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.sorted().toList();
        }
    }
}
