package ipcbench.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The processes the command line starts (JMH runs, the load generator, the report tool), and
 * their end: when this JVM is stopped (Ctrl-C, a TERM), every process below it gets a TERM and a
 * few seconds to clean up in its shutdown hooks (daemons remove their sockets and directories),
 * then a KILL. A Ctrl-C reaches them all anyway (one process group); a TERM to this JVM alone
 * would not.
 */
final class Children {
    private static final long GRACE_MILLIS = 5_000;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean finished;
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Children::stopAll, "ipcbench-stop-children"));
    }

    private Children() {
    }

    /**
     * Runs {@code command} with {@code environment} added, its output (stdout and stderr) copied to
     * ours and appended to {@code log}; returns its exit status.
     */
    static int runLogged(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = start(builder);
        try (InputStream in = process.getInputStream();
             OutputStream file = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                System.out.write(buffer, 0, n);
                System.out.flush();
                file.write(buffer, 0, n);
            }
        }
        return waitFor(process);
    }

    /** Runs {@code command} on our terminal (stdin, stdout, stderr inherited); returns its exit status. */
    static int runInherited(List<String> command) throws IOException, InterruptedException {
        return waitFor(start(new ProcessBuilder(command).inheritIO()));
    }

    /** Appends a line to the log and prints it on stderr (what the command line is doing, for both). */
    static void note(Path log, String line) throws IOException {
        System.err.println(line);
        Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Whether this JVM is being stopped (Ctrl-C, a TERM): what is left of a run should start nothing. */
    static boolean interrupted() {
        return stopping;
    }

    /** Called before a normal exit: a shutdown after it is not an interruption. */
    static void finished() {
        finished = true;
    }

    private static Process start(ProcessBuilder builder) throws IOException {
        if (stopping) { // interrupted: the rest of the run (env.json, the table) starts nothing new
            throw new IOException("interrupted");
        }
        Process process = builder.start();
        LIVE.add(process);
        return process;
    }

    private static int waitFor(Process process) throws InterruptedException {
        try {
            return process.waitFor();
        } finally {
            LIVE.remove(process);
        }
    }

    private static void stopAll() {
        stopping = true;
        List<ProcessHandle> all = new ArrayList<>();
        for (Process process : LIVE) {
            process.descendants().forEach(all::add);
            all.add(process.toHandle());
        }
        if (all.isEmpty()) {
            return;
        }
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        if (!finished) {
            PrintStream err = System.err;
            err.println("run-bench.sh: interrupted; stopped " + all.size() + " process(es)");
        }
    }
}
