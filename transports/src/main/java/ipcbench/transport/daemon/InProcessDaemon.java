package ipcbench.transport.daemon;

import ipcbench.transport.DaemonLog;
import ipcbench.transport.Endpoint;
import ipcbench.transport.FrameBudget;
import ipcbench.transport.Peer;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.StallInjector;
import ipcbench.transport.Transport;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The daemon as a thread of this JVM: a comparison point that shows what the process boundary
 * costs (JIT, GC and scheduling shared with the client), never the default.
 */
public final class InProcessDaemon implements Daemon, Peer {
    private final Transport transport;
    private final Server server;
    private final Path directory;
    private final Thread thread;
    private final Endpoint endpoint;
    private final Protocol protocol;
    private final long injectedDelayNanos;

    private InProcessDaemon(Transport transport, Protocol protocol, Server server, Path directory,
                            long injectedDelayNanos) {
        this.transport = transport;
        this.injectedDelayNanos = injectedDelayNanos;
        this.protocol = protocol;
        this.server = server;
        this.directory = directory;
        this.endpoint = new Endpoint(transport.id(), server.address(), directory, null, this);
        this.thread = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                System.err.println("ipcbench in-process daemon " + transport.id() + " failed: " + e);
            }
        }, "ipcbench-inprocess-daemon-" + transport.id());
        this.thread.setDaemon(true);
    }

    static InProcessDaemon start(Transport transport, DaemonOptions options) throws IOException {
        if (transport.servesOverStdio()) {
            throw new IOException(transport.id() + " has no in-process mode: its daemon serves over its own stdin and stdout");
        }
        options.allowUids().requireSupport(transport);
        Protocol protocol = Protocols.get(options.protocol());
        String why = Daemon.whyNot(transport, protocol, options.serverModel(), Runtime.version().feature());
        if (why != null) {
            throw new IOException(why);
        }
        Path directory = PrivateDirectory.create();
        try {
            long delay = options.injectedDelayNanos(transport.id());
            Server server = protocol.bind(transport, new ServerConfig(directory, options.port(), options.maxPayload(),
                    options.allowUids(),
                    StallInjector.everyMillis(options.stallEveryMillis(), options.stallMillis()).withDelay(delay),
                    DaemonLog.stderr(transport.id()), FrameBudget.of(options.frameBudget()), options.frameDeadline(),
                    options.serverModel()));
            InProcessDaemon daemon = new InProcessDaemon(transport, protocol, server, directory, delay);
            daemon.thread.start();
            return daemon;
        } catch (IOException | RuntimeException e) {
            PrivateDirectory.delete(directory);
            throw e;
        }
    }

    @Override
    public Transport transport() {
        return transport;
    }

    @Override
    public Protocol protocol() {
        return protocol;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public String model() {
        return server.model() + ", in-process";
    }

    @Override
    public long injectedDelayNanos() {
        return injectedDelayNanos;
    }

    @Override
    public Mode mode() {
        return Mode.IN_PROCESS;
    }

    @Override
    public RunningJvm jvm() {
        return RunningJvm.current();
    }

    @Override
    public String describe() {
        return "in-process " + transport.id() + " daemon thread is " + (thread.isAlive() ? "alive" : "gone");
    }

    @Override
    public void kill() {
        try {
            server.close();
        } catch (IOException e) {
            // best effort: only used to release a client stuck past its deadline
        }
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            PrivateDirectory.delete(directory);
        }
    }
}
