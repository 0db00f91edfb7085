package ipcbench.transport;

import java.nio.file.Path;

/**
 * What a daemon-side server is given.
 *
 * @param directory  the private (0700) directory for socket files and FIFOs
 * @param maxPayload the largest payload accepted in a frame
 * @param stall      test-only pauses injected into request handling
 * @param log        where the daemon reports rejected input and closed connections
 */
public record ServerConfig(Path directory, int maxPayload, StallInjector stall, DaemonLog log) {
}
