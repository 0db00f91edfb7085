package ipcbench.transport.daemon;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child JVM started with this JVM's {@code java} and class path that announces itself on
 * stderr: optional {@code JVM <version>}, {@code MODEL <text>} and {@code DELAY <nanos>}, then {@code READY <address>}, or
 * {@code FAILED <reason>}. It runs on this JVM's {@code java}, or on the one {@link #JAVA_PROPERTY}
 * or {@link #JAVA_ENV} names (a daemon on another JDK than the benchmark).
 * Waits for that under a deadline, then forwards the child's stderr to ours; on close, on JVM
 * shutdown or when a client gives up, the child is stopped.
 */
public final class ChildJvm implements Closeable {
    public static final String READY = "READY ";
    public static final String MODEL = "MODEL ";
    public static final String JVM = "JVM ";
    /** A daemon's test-only busy-wait before each response ({@link InjectedDelay}). */
    public static final String DELAY = "DELAY ";

    /** The {@code java} children run on; unset: this JVM's. The environment variable reaches JMH's forks. */
    public static final String JAVA_PROPERTY = "ipcbench.daemon.java";
    public static final String JAVA_ENV = "IPCBENCH_DAEMON_JAVA";
    public static final String FAILED = "FAILED ";

    /**
     * CPUs the child is pinned to (a taskset list such as {@code 1}); unset: inherited. The
     * environment variable reaches JMH's forked JVMs without touching their command line.
     */
    public static final String CPUS_PROPERTY = "ipcbench.daemon.cpus";
    public static final String CPUS_ENV = "IPCBENCH_DAEMON_CPUS";

    /** The JVM flag that pins the daemons a (JMH fork) JVM starts to {@code cpus}, a taskset list. */
    public static String pinDaemonsFlag(String cpus) {
        return "-D" + CPUS_PROPERTY + "=" + cpus;
    }

    private static final int STDERR_TAIL_LINES = 30;
    private static final Set<ChildJvm> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ChildJvm child : LIVE) {
                child.close();
            }
        }, "ipcbench-child-reaper"));
    }

    private final String name;
    private final Process process;
    private final String java;
    private final List<String> jvmArgs;
    private final boolean overStdio;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private volatile String model = "unknown";
    private volatile String version = "unknown";
    private volatile long injectedDelayNanos;
    private volatile String stateWhenKilled;

    private ChildJvm(String name, Process process, String java, List<String> jvmArgs, boolean overStdio) {
        this.name = name;
        this.process = process;
        this.java = java;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.overStdio = overStdio;
    }

    /** The {@code java} a child runs on: {@link #JAVA_PROPERTY}, else {@link #JAVA_ENV}, else this JVM's. */
    public static String defaultJava() {
        String chosen = System.getProperty(JAVA_PROPERTY, Objects.requireNonNullElse(System.getenv(JAVA_ENV), "")).trim();
        return chosen.isEmpty() ? RunningJvm.currentJava() : chosen;
    }

    /**
     * Starts {@code mainClass} and returns once it is ready.
     *
     * @param overStdio whether the parent talks to the child over its stdin and stdout; if not,
     *                  stdin is /dev/null and stdout is discarded
     */
    public static ChildJvm start(String name, Class<?> mainClass, List<String> args, List<String> jvmArgs,
                                 String java, boolean overStdio, Duration readyTimeout) throws IOException {
        List<String> command = new ArrayList<>();
        String cpus = System.getProperty(CPUS_PROPERTY, Objects.requireNonNullElse(System.getenv(CPUS_ENV), "")).trim();
        if (!cpus.isEmpty()) {
            command.addAll(List.of("taskset", "-c", cpus)); // placement is recorded with the results
        }
        command.add(java);
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!overStdio) {
            builder.redirectInput(new File("/dev/null")).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        ChildJvm child = new ChildJvm(name, builder.start(), java, jvmArgs, overStdio);
        LIVE.add(child);
        child.awaitReady(readyTimeout);
        return child;
    }

    private void awaitReady(Duration timeout) throws IOException {
        Thread pump = new Thread(this::pumpStderr, "ipcbench-stderr-" + name);
        pump.setDaemon(true);
        pump.start();
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close();
            throw new IOException(name + ": pid " + process.pid() + " sent no ready line within "
                    + timeout.toMillis() + " ms; its stderr:\n" + stderrTail());
        } catch (ExecutionException e) {
            close();
            throw new IOException(name + ": failed to start: " + e.getCause().getMessage() + "; " + describe()
                    + "; its stderr:\n" + stderrTail());
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + name, e);
        }
    }

    /** Reads the child's stderr: the handshake first, then its log, forwarded to ours. */
    private void pumpStderr() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                remember(line);
                if (ready.isDone()) {
                    System.err.println(line);
                } else if (line.startsWith(MODEL)) {
                    model = line.substring(MODEL.length());
                } else if (line.startsWith(JVM)) {
                    version = line.substring(JVM.length());
                } else if (line.startsWith(DELAY)) {
                    injectedDelayNanos = Long.parseLong(line.substring(DELAY.length()).trim());
                } else if (line.startsWith(READY)) {
                    ready.complete(line.substring(READY.length()));
                } else if (line.startsWith(FAILED)) {
                    ready.completeExceptionally(new IOException(line.substring(FAILED.length())));
                }
            }
        } catch (IOException e) {
            // the stream closes when the process ends
        }
        ready.completeExceptionally(new IOException("stderr ended before the ready line"));
    }

    private synchronized void remember(String line) {
        if (stderrTail.size() == STDERR_TAIL_LINES) {
            stderrTail.removeFirst();
        }
        stderrTail.addLast(line);
    }

    /** The last lines the child wrote on stderr (its log), oldest first. */
    public synchronized List<String> stderrLines() {
        return List.copyOf(stderrTail);
    }

    private String stderrTail() {
        List<String> lines = stderrLines();
        return lines.isEmpty() ? "  (nothing)" : "  " + String.join("\n  ", lines);
    }

    /** What the child announced in its ready line. */
    public String address() {
        return ready.getNow(null);
    }

    public String model() {
        return model;
    }

    public Process process() {
        return process;
    }

    /** The test-only delay the child announced, 0 when it announced none. */
    public long injectedDelayNanos() {
        return injectedDelayNanos;
    }

    /** The child's pid, {@code java}, flags and the version it announced. */
    public RunningJvm jvm() {
        return new RunningJvm(process.pid(), java, jvmArgs, version);
    }

    /** For error messages; gives a dying child a moment to finish, so its exit status can be told. */
    public String describe() {
        try {
            process.waitFor(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String who = name + " pid " + process.pid();
        if (stateWhenKilled != null) {
            who += " was in state " + stateWhenKilled + " when the client gave up on it and killed it;";
        }
        if (!process.isAlive()) {
            int status = process.exitValue();
            return who + " exited with status " + status
                    + (status > 128 ? " (killed by signal " + (status - 128) + ")" : "");
        }
        return who + " is alive, state " + procState();
    }

    /** The state letter from /proc/pid/stat: R running, S sleeping, T stopped... */
    private String procState() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'T' ? "T (stopped, e.g. by SIGSTOP)" : String.valueOf(state);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Kills the child, keeping its state first: the message should say it was stopped, not just killed. */
    public void kill() {
        if (process.isAlive()) {
            stateWhenKilled = procState();
        }
        process.destroyForcibly();
    }

    /**
     * Stops the child: a child served over stdio gets end of input and a second to exit by
     * itself; then SIGTERM, then SIGKILL after 3 s.
     */
    @Override
    public void close() {
        LIVE.remove(this);
        try {
            if (overStdio) {
                process.getOutputStream().close();
            }
            if (!process.waitFor(overStdio ? 1 : 0, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(3, TimeUnit.SECONDS);
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
