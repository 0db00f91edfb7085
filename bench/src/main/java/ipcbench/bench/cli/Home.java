package ipcbench.bench.cli;

import ipcbench.bench.run.RunDirectory;
import ipcbench.transport.daemon.RunningJvm;
import ipcbench.transport.daemon.ShortCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the command line finds things: the checkout (system property {@code ipcbench.root}, set
 * by scripts/run-bench.sh; else the working directory), the results folder ({@code IPCBENCH_RESULTS},
 * default {@code results/runs}), the jars, the {@code java} to start children with.
 */
final class Home {
    static final String ROOT_PROPERTY = "ipcbench.root";
    static final String RESULTS_ENV = "IPCBENCH_RESULTS";

    private final Path root;
    private final Path results;

    Home(Path root, Path results) {
        this.root = root;
        this.results = results;
    }

    static Home fromEnvironment() {
        Path root = Path.of(System.getProperty(ROOT_PROPERTY, ".")).toAbsolutePath().normalize();
        String results = System.getenv(RESULTS_ENV);
        return new Home(root, results == null || results.isBlank() ? root.resolve("results/runs") : Path.of(results));
    }

    /** A new run directory, created only once the command line is known to be good. */
    RunDirectory newRun() throws IOException {
        return RunDirectory.create(results, Instant.now());
    }

    /** The benchmark jar (this JVM's class path): JMH, the benchmarks, the load generator. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }

    Path reportJar() {
        return root.resolve("report/target/ipcbench-report.jar");
    }

    /** {@code java -cp <benchmark jar> <mainClass>}, pinned to {@code cpus} when not null. */
    static List<String> javaCommand(String cpus, List<String> jvmFlags, Class<?> mainClass) {
        List<String> command = new ArrayList<>();
        if (cpus != null) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.add(RunningJvm.currentJava()); // the JDK the user chose (JAVA in the script)
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classPath(), mainClass.getName()));
        return command;
    }

    /** The commit measured: short hash, {@code +dirty} when tracked files changed; {@code unknown} without git. */
    String gitCommit() {
        String commit = git("rev-parse", "--short", "HEAD");
        if (commit.isEmpty()) {
            return "unknown";
        }
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? commit : commit + "+dirty";
    }

    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            return new ShortCommand(command, Duration.ofSeconds(10)).run().successfulOutput().trim();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
