package ipcbench.transport.daemon;

import ipcbench.transport.Endpoint;
import ipcbench.transport.Peer;
import ipcbench.transport.Transport;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A daemon in its own JVM, started with this JVM's {@code java} and class path. Waits for its
 * ready line under a deadline, forwards its log to our stderr, and stops it and removes its
 * directory on close, on JVM shutdown, or when a client gives up on it.
 */
public final class DaemonProcess implements Daemon, Peer {
    private static final int STDERR_TAIL_LINES = 30;
    private static final Set<DaemonProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (DaemonProcess daemon : LIVE) {
                daemon.close();
            }
        }, "ipcbench-daemon-reaper"));
    }

    private final Transport transport;
    private final Process process;
    private final Path directory;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private volatile String model = "unknown";
    private Endpoint endpoint;

    private DaemonProcess(Transport transport, Process process, Path directory) {
        this.transport = transport;
        this.process = process;
        this.directory = directory;
    }

    static DaemonProcess start(Transport transport, DaemonOptions options) throws IOException {
        Path directory = PrivateDirectory.create();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmArgs());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DaemonMain.class.getName(),
                "--transport", transport.id(), "--dir", directory.toString(),
                "--parent-pid", Long.toString(ProcessHandle.current().pid()),
                "--max-payload", Integer.toString(options.maxPayload()),
                "--stall-every-ms", Long.toString(options.stallEveryMillis()),
                "--stall-ms", Long.toString(options.stallMillis())));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!transport.servesOverStdio()) {
            // Not served over stdio: nothing to read, and stdout is not ours to parse.
            builder.redirectInput(new File("/dev/null")).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            PrivateDirectory.delete(directory);
            throw e;
        }
        DaemonProcess daemon = new DaemonProcess(transport, process, directory);
        LIVE.add(daemon);
        daemon.awaitReady(options);
        return daemon;
    }

    private void awaitReady(DaemonOptions options) throws IOException {
        Thread pump = new Thread(this::pumpStderr, "ipcbench-daemon-stderr-" + transport.id());
        pump.setDaemon(true);
        pump.start();
        try {
            String address = ready.get(options.readyTimeout().toMillis(), TimeUnit.MILLISECONDS);
            endpoint = new Endpoint(transport.id(), address, directory, process, this);
        } catch (TimeoutException e) {
            close();
            throw new IOException(transport.id() + ": daemon pid " + process.pid() + " sent no ready line within "
                    + options.readyTimeout().toMillis() + " ms; its stderr:\n" + stderrTail());
        } catch (ExecutionException e) {
            close();
            throw new IOException(transport.id() + ": daemon failed to start: " + e.getCause().getMessage()
                    + "; " + describe() + "; its stderr:\n" + stderrTail());
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the " + transport.id() + " daemon", e);
        }
    }

    /** Reads the daemon's stderr: the handshake first, then its log, forwarded to ours. */
    private void pumpStderr() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                remember(line);
                if (ready.isDone()) {
                    System.err.println(line);
                } else if (line.startsWith(DaemonMain.MODEL)) {
                    model = line.substring(DaemonMain.MODEL.length());
                } else if (line.startsWith(DaemonMain.READY)) {
                    ready.complete(line.substring(DaemonMain.READY.length()));
                } else if (line.startsWith(DaemonMain.FAILED)) {
                    ready.completeExceptionally(new IOException(line.substring(DaemonMain.FAILED.length())));
                }
            }
        } catch (IOException e) {
            // the stream closes when the process ends
        }
        ready.completeExceptionally(new IOException("daemon ended its stderr before its ready line"));
    }

    private synchronized void remember(String line) {
        if (stderrTail.size() == STDERR_TAIL_LINES) {
            stderrTail.removeFirst();
        }
        stderrTail.addLast(line);
    }

    private synchronized String stderrTail() {
        return stderrTail.isEmpty() ? "  (nothing)" : "  " + String.join("\n  ", stderrTail);
    }

    @Override
    public Transport transport() {
        return transport;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public Mode mode() {
        return Mode.PROCESS;
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    /** Gives a dying daemon a moment to finish, so the message can carry its exit status. */
    @Override
    public String describe() {
        try {
            process.waitFor(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String who = transport.id() + " daemon pid " + process.pid();
        if (!process.isAlive()) {
            int status = process.exitValue();
            return who + " exited with status " + status + (status > 128 ? " (killed by signal " + (status - 128) + ")" : "");
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

    @Override
    public void kill() {
        process.destroyForcibly();
    }

    /** Stops the daemon (SIGTERM, then SIGKILL after 3 s) and removes its directory. */
    @Override
    public void close() {
        LIVE.remove(this);
        try {
            if (transport.servesOverStdio()) {
                process.getOutputStream().close(); // end of stdin: a pipe daemon exits by itself
            }
            if (!process.waitFor(transport.servesOverStdio() ? 1 : 0, TimeUnit.SECONDS)) {
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
        } finally {
            try {
                PrivateDirectory.delete(directory);
            } catch (IOException e) {
                System.err.println("ipcbench: could not remove " + directory + ": " + e);
            }
        }
    }
}
