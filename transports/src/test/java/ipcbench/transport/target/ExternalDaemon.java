package ipcbench.transport.target;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ipcbench.transport.daemon.PrivateDirectory;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A daemon nobody here wrote (Debian's redis-server, nginx), started for a test as a child process
 * on a socket file in a private (0700) directory and on a free loopback port, with a configuration
 * the test writes; closing it stops it and removes the directory. A test that needs one is
 * skipped, saying why, where the program is not installed.
 */
public final class ExternalDaemon implements Closeable {
    /** nginx's fixed answer at {@link #NGINX_OK}, so tests know the length to expect. */
    public static final String NGINX_BODY = "ipcbench says hello through nginx\n";
    public static final String NGINX_OK = "/ok";
    private static final long READY_MILLIS = 10_000;

    private final String name;
    private final Process process;
    private final Path directory;
    private final Path socketFile;
    private final int port;

    private ExternalDaemon(String name, Process process, Path directory, Path socketFile, int port) {
        this.name = name;
        this.process = process;
        this.directory = directory;
        this.socketFile = socketFile;
        this.port = port;
    }

    /** redis-server with nothing saved to disk, on {@code redis.sock} (0700) and a loopback port. */
    public static ExternalDaemon redis() throws IOException, InterruptedException {
        Path program = installed("redis-server", "redis-server");
        Path directory = PrivateDirectory.create();
        Path socket = directory.resolve("redis.sock");
        int port = freePort();
        return start("redis-server", directory, socket, port, List.of(program.toString(), "--port",
                Integer.toString(port), "--bind", "127.0.0.1", "--unixsocket", socket.toString(), "--unixsocketperm",
                "700", "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", directory.toString()));
    }

    /** nginx in the foreground, its pid, logs and temporary files in its directory, answering {@link #NGINX_OK}. */
    public static ExternalDaemon nginx() throws IOException, InterruptedException {
        Path program = installed("nginx", "nginx-light");
        Path directory = PrivateDirectory.create();
        Path socket = directory.resolve("nginx.sock");
        int port = freePort();
        Path conf = directory.resolve("nginx.conf");
        String d = directory.toString();
        Files.writeString(conf, String.join("\n",
                "daemon off;",
                "worker_processes 1;",
                "pid " + d + "/nginx.pid;",
                "error_log " + d + "/error.log;",
                "events { worker_connections 1024; }",
                "http {",
                "  access_log off;",
                // bodies stay in memory: the workers (nobody, under a root master) cannot enter a 0700 directory
                "  client_body_buffer_size 1m;",
                "  client_body_temp_path " + d + "/body;",
                "  proxy_temp_path " + d + "/proxy;",
                "  fastcgi_temp_path " + d + "/fastcgi;",
                "  uwsgi_temp_path " + d + "/uwsgi;",
                "  scgi_temp_path " + d + "/scgi;",
                "  server {",
                "    listen unix:" + socket + ";",
                "    listen 127.0.0.1:" + port + ";",
                "    location / { return 404; }", // no files served: nothing outside this directory is read
                "    location = " + NGINX_OK + " { default_type text/plain; return 200 \"" + NGINX_BODY.replace("\n", "\\n")
                        + "\"; }",
                "  }",
                "}", ""), StandardCharsets.UTF_8);
        return start("nginx", directory, socket, port, List.of(program.toString(), "-c", conf.toString(), "-p", d,
                "-e", d + "/error.log"));
    }

    private static ExternalDaemon start(String name, Path directory, Path socket, int port, List<String> command)
            throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve(name + ".log").toFile()).start();
        } catch (IOException e) {
            PrivateDirectory.delete(directory);
            throw e;
        }
        ExternalDaemon daemon = new ExternalDaemon(name, process, directory, socket, port);
        // A JVM stopped by a TERM (Ctrl-C, surefire's timeout) stops the daemon too.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-" + name));
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        while (!daemon.answers()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                String log = Files.readString(directory.resolve(name + ".log"));
                daemon.close();
                throw new IOException(name + " did not listen on " + socket + " and port " + port + " within "
                        + READY_MILLIS + " ms" + (process.isAlive() ? "" : " (it exited " + process.exitValue() + ")")
                        + ": " + log);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return daemon;
    }

    private boolean answers() {
        try (SocketChannel unix = SocketChannel.open(StandardProtocolFamily.UNIX);
             Socket tcp = new Socket()) {
            unix.connect(UnixDomainSocketAddress.of(socketFile));
            tcp.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The program on PATH or in an sbin directory; the test is skipped, naming the package, without it. */
    private static Path installed(String program, String debianPackage) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
        for (String dir : dirs) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, program + " is not installed (Debian: apt-get install " + debianPackage
                + "; .ci/run installs it): the test against a real " + program + " is skipped");
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    public String unixTarget() {
        return "unix:" + socketFile;
    }

    public String tcpTarget() {
        return "tcp:127.0.0.1:" + port;
    }

    public Path socketFile() {
        return socketFile;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the daemon (TERM, then KILL after 10 s) and removes its directory. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly); // nginx's workers, should one be left
        PrivateDirectory.delete(directory);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ") on " + unixTarget() + " and " + tcpTarget();
    }
}
