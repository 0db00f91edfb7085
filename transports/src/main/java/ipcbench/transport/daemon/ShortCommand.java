package ipcbench.transport.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program run to its end within a deadline ({@code mkfifo}, {@code taskset}, {@code git},
 * {@code cc}, a client tool), its stdout and stderr together. The output goes to a private file,
 * not a pipe: reading a pipe blocks for as long as the program lives, and a program that fills
 * one blocks until it is read, so either way the deadline would not hold. The program is killed
 * on every way out, the deadline included.
 *
 * @param command the program and its arguments
 * @param limit   how long it may take
 */
public record ShortCommand(List<String> command, Duration limit) {

    public ShortCommand {
        command = List.copyOf(command);
        if (command.isEmpty() || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a command and a positive limit are needed: " + command + ", " + limit);
        }
    }

    public static ShortCommand of(Duration limit, String... command) {
        return new ShortCommand(List.of(command), limit);
    }

    /** What it did: its exit code and all it printed. */
    public record Result(ShortCommand command, int exitCode, String output) {
        /** Its output when it exited 0; else an exception saying how it ended and what it printed. */
        public String successfulOutput() throws IOException {
            if (exitCode != 0) {
                throw new IOException(command + " failed (exit " + exitCode + ")"
                        + (output.isBlank() ? "" : ": " + output.strip()));
            }
            return output;
        }
    }

    /**
     * Runs it and waits for its end.
     *
     * @throws IOException when it cannot be started or does not end within the limit
     */
    public Result run() throws IOException, InterruptedException {
        Path output = Files.createTempFile(PrivateDirectory.PREFIX + "command-", ".out"); // 0600
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(this + " did not finish within " + seconds(limit));
            }
            return new Result(this, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(output);
        }
    }

    /** {@code taskset -c 1 java}, as a person would type it. */
    @Override
    public String toString() {
        return String.join(" ", command);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
