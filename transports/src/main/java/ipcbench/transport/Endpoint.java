package ipcbench.transport;

import java.nio.file.Path;

/**
 * Where a client finds a running daemon.
 *
 * @param transportId the transport the daemon serves
 * @param address     what the daemon printed in its ready line (a port, a socket path, a directory)
 * @param directory   the daemon's private directory
 * @param process     the daemon's process, or null when it runs in this JVM (pipes over stdio use its streams)
 * @param peer        the daemon's state for messages, and how to stop it on a deadline
 */
public record Endpoint(String transportId, String address, Path directory, Process process, Peer peer) {
}
