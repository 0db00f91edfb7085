package ipcbench.transport.daemon;

import ipcbench.transport.Endpoint;
import ipcbench.transport.Peer;
import ipcbench.transport.Transport;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The daemon in its own JVM ({@link DaemonMain}), with its private directory. */
public final class DaemonProcess implements Daemon, Peer {
    private final Transport transport;
    private final ChildJvm child;
    private final Path directory;
    private final Endpoint endpoint;
    private final Protocol protocol;

    private DaemonProcess(Transport transport, Protocol protocol, ChildJvm child, Path directory) {
        this.transport = transport;
        this.protocol = protocol;
        this.child = child;
        this.directory = directory;
        this.endpoint = new Endpoint(transport.id(), child.address(), directory, child.process(), this);
    }

    static DaemonProcess start(Transport transport, DaemonOptions options) throws IOException {
        Protocol protocol = Protocols.get(options.protocol());
        String why = Daemon.whyNot(transport, protocol, options.serverModel(), JavaRelease.feature(options.java()));
        if (why != null) { // said before a JVM is started for nothing
            throw new IOException(why);
        }
        Path directory = PrivateDirectory.create();
        try {
            List<String> args = new ArrayList<>(List.of(
                    "--transport", transport.id(), "--dir", directory.toString(),
                    "--parent-pid", Long.toString(ProcessHandle.current().pid()),
                    "--max-payload", Integer.toString(options.maxPayload()), "--port", Integer.toString(options.port()),
                    "--stall-every-ms", Long.toString(options.stallEveryMillis()),
                    "--stall-ms", Long.toString(options.stallMillis()),
                    "--delay-ns", Long.toString(options.injectedDelayNanos(transport.id())),
                    "--frame-budget", Long.toString(options.frameBudget()),
                    "--frame-deadline-ms", Long.toString(options.frameDeadline().toMillis()),
                    "--server", options.serverModel().id(), "--protocol", protocol.id()));
            for (int uid : options.allowUids().uids()) {
                args.add("--allow-uid=" + uid);
            }
            String name = transport.id() + (protocol.id().equals("raw") ? "" : " " + protocol.id()) + " daemon";
            ChildJvm child = ChildJvm.start(name, DaemonMain.class, args,
                    options.jvmArgs(), options.java(), transport.servesOverStdio(), options.readyTimeout());
            return new DaemonProcess(transport, protocol, child, directory);
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
        return child.model();
    }

    /** What the daemon announced in its {@code DELAY} line: it, not what was asked, is what ran. */
    @Override
    public long injectedDelayNanos() {
        return child.injectedDelayNanos();
    }

    @Override
    public Mode mode() {
        return Mode.PROCESS;
    }

    @Override
    public RunningJvm jvm() {
        return child.jvm();
    }

    public long pid() {
        return child.process().pid();
    }

    public Process process() {
        return child.process();
    }

    /** The daemon's latest log lines. */
    public List<String> stderrLines() {
        return child.stderrLines();
    }

    @Override
    public String describe() {
        return child.describe();
    }

    @Override
    public void kill() {
        child.kill();
    }

    /** Stops the daemon and removes its directory, whatever state it is in. */
    @Override
    public void close() throws IOException {
        try {
            child.close();
        } finally {
            PrivateDirectory.delete(directory);
        }
    }
}
