package ipcbench.transport.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.daemon.JavaRelease;
import ipcbench.transport.daemon.TestJdks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** What the reliability tests share: which transports, daemons, child processes, signals, waits. */
final class Probes {
    static final Duration WAIT = Duration.ofSeconds(10);

    private Probes() {
    }

    static Stream<String> allTransports() {
        return Transports.ids().stream().filter(id -> Transports.get(id).unavailabilityCause() == null);
    }

    /** Every available transport with each client model it offers (Netty's: default and caller). */
    static Stream<Arguments> clientModels() {
        return allTransports().flatMap(id -> Arrays.stream(ClientModel.values())
                .filter(model -> Transports.get(id).whyNotClient(model) == null).map(model -> Arguments.of(id, model)));
    }

    /** Transports with a listening socket that many clients connect to. */
    static Stream<String> socketTransports() {
        return allTransports().filter(id -> Transports.get(id).maxClients() > 1);
    }

    static Stream<String> unixSocketTransports() {
        return allTransports().filter(id -> Transports.get(id).checksPeerCredentials());
    }

    static Stream<String> tcpTransports() {
        return socketTransports().filter(id -> !Transports.get(id).checksPeerCredentials());
    }

    /**
     * A socket transport's daemon with one of the server models it offers: the default, and each
     * other one the transport and an installed JDK can run (virtual threads need JDK 21, found by
     * {@link TestJdks}; without one those cases are not generated, as the contract tests skip them).
     */
    record SocketDaemon(String transportId, ServerModel model) {
        DaemonOptions options(DaemonOptions base) {
            DaemonOptions options = base.withServerModel(model);
            return model == ServerModel.VIRTUAL ? options.withJava(TestJdks.atLeast(21).orElseThrow()) : options;
        }

        @Override
        public String toString() {
            return model == ServerModel.DEFAULT ? transportId : transportId + " server=" + model.id();
        }
    }

    static Stream<SocketDaemon> socketDaemons() {
        int newestJava = TestJdks.atLeast(21).map(JavaRelease::feature).orElse(Runtime.version().feature());
        return socketTransports().flatMap(id -> Stream.of(ServerModel.values())
                .filter(model -> model.whyNotFor(Transports.get(id), newestJava) == null)
                .map(model -> new SocketDaemon(id, model)));
    }

    static DaemonProcess start(SocketDaemon daemon) throws IOException {
        return start(daemon, DaemonOptions.defaults());
    }

    static DaemonProcess start(SocketDaemon daemon, DaemonOptions options) throws IOException {
        return start(daemon.transportId(), daemon.options(options));
    }

    static DaemonProcess start(String transportId) throws IOException {
        return start(transportId, DaemonOptions.defaults());
    }

    static DaemonProcess start(String transportId, DaemonOptions options) throws IOException {
        return (DaemonProcess) Daemon.start(Transports.get(transportId), Daemon.Mode.PROCESS, options);
    }

    /** Open descriptors of a process, as the kernel lists them. */
    static int openFds(long pid) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the descriptors of pid " + pid, e);
        }
    }

    /**
     * Warms {@code daemon} up as the tests then use it (eight clients at once, 64 B and 1 MiB
     * frames) and returns its descriptors once they hold still. A JVM makes some descriptors of
     * its own on first need -- a virtual-thread daemon's pollers (an epoll instance each) on the
     * first read or write that parks -- which are no connection's and must not count as a leak.
     */
    static int warmedUpFds(DaemonProcess daemon) throws Exception {
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CyclicBarrier allConnected = new CyclicBarrier(clients);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    try (ClientConnection client = daemon.connect(ClientConfig.defaults())) {
                        allConnected.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                        client.roundTrip(0, 64, 64);
                        client.roundTrip(1, 1 << 20, 1 << 20);
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int previous = -1;
        for (int fds = openFds(daemon.pid()); fds != previous; fds = openFds(daemon.pid())) {
            previous = fds;
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return previous;
    }

    /** Waits for {@code condition}, failing with {@code what} after {@link #WAIT}. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("gave up after " + WAIT.toSeconds() + " s waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Waits for a daemon log line containing {@code fragment}; returns it. */
    static String awaitLogLine(DaemonProcess daemon, String fragment) throws InterruptedException {
        await("a daemon log line with '" + fragment + "'; last lines:\n" + String.join("\n", daemon.stderrLines()),
                () -> daemon.stderrLines().stream().anyMatch(line -> line.contains(fragment)));
        return daemon.stderrLines().stream().filter(line -> line.contains(fragment)).reduce((a, b) -> b).orElseThrow();
    }

    static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            fail("kill -" + signal + " " + pid + " failed");
        }
    }

    /** A JVM running {@code main} with this JVM's class path, optionally behind a prefix such as setpriv. */
    static Process javaMain(List<String> prefix, String classPath, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xmx64m",
                "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static Process javaMain(Class<?> main, String... args) throws IOException {
        return javaMain(List.of(), System.getProperty("java.class.path"), main, args);
    }

    /** The first line the process prints, within {@link #WAIT}. */
    static String firstLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long end = System.nanoTime() + WAIT.toNanos();
        while (!out.ready() && process.isAlive()) {
            if (System.nanoTime() > end) {
                process.destroyForcibly();
                fail("pid " + process.pid() + " printed nothing within " + WAIT.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        String line = out.readLine();
        return line == null ? "(nothing: exited with " + process.waitFor() + ")" : line;
    }
}
