package ipcbench.transport.target;

import ipcbench.transport.Endpoint;
import ipcbench.transport.Peer;
import ipcbench.transport.daemon.ProcInfo;

/**
 * A daemon that is not ours, for error messages: who holds its socket now. It is never stopped:
 * when it misses a deadline, only our connection is closed.
 */
public final class TargetPeer implements Peer {
    private final TargetAddress address;

    public TargetPeer(TargetAddress address) {
        this.address = address;
    }

    /**
     * The endpoint a client of {@code protocol} reports failures against: named {@code resp at
     * unix:/run/redis.sock} in messages (where our own daemons' name their transport); its address
     * is the socket path or {@code HOST:PORT}, as the stream transports connect to it.
     */
    public static Endpoint endpoint(String protocol, TargetAddress address) {
        String where = address.isSocketFile() ? address.socketFile().toString()
                : address.tcp().getAddress().getHostAddress() + ":" + address.tcp().getPort();
        return new Endpoint(protocol + " at " + address, where, null, null, new TargetPeer(address));
    }

    @Override
    public String describe() {
        SocketOwners.Owners owners = SocketOwners.find(address);
        if (!owners.found()) {
            return "daemon at " + address + " not identified (" + owners.how() + ")";
        }
        long pid = owners.pids().get(0);
        return "daemon at " + address + ": pid " + owners.pids() + " (" + ProcInfo.executable(pid) + ")"
                + (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? ", still running" : ", gone");
    }

    @Override
    public void kill() {
        // not ours to stop: the caller closes its own connection, which is what unblocks it
    }
}
