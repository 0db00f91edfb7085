package ipcbench.bench.cli;

import ipcbench.transport.daemon.PrivateDirectory;
import ipcbench.transport.daemon.ShortCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * JMH's forks on the measured CPUs while JMH's runner stays off them. A fork inherits its
 * runner's CPUs, so a runner pinned with its forks shares their CPU: after every iteration it
 * receives and prints the results and its JIT compiles what that made hot, and on a 2-CPU VM a
 * burst of it took 130 ms of a 300 ms iteration (pipe-stdio 64 B at 31 us/op among 15, while
 * client and daemon used the CPU per request they always did). JMH runs a fork as
 * {@code <jvm> <jvm args> ...}: a {@code jvm} that is this small script pins each fork and
 * JMH's probe of the forked JVM's properties, and nothing else.
 */
final class PinnedForks {
    private static final Duration TASKSET_LIMIT = Duration.ofSeconds(10);

    private PinnedForks() {
    }

    /**
     * Moves every thread of this JVM (JMH's runner) to {@code cpus}; threads it starts later
     * inherit them. For a pass whose daemons spin on the CPU the runner was given: there the
     * runner would take the daemon's CPU, on the client's it only delays the client's next fork.
     */
    static void moveRunnerTo(String cpus) throws IOException {
        try {
            ShortCommand.of(TASKSET_LIMIT, "taskset", "-a", "-p", "-c", cpus, Long.toString(ProcessHandle.current().pid()))
                    .run().successfulOutput();
        } catch (IOException e) {
            throw new IOException("could not move JMH's runner to CPUs " + cpus + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while moving JMH's runner to CPUs " + cpus, e);
        }
    }

    /**
     * A script in a new private directory (removed when this JVM exits) that runs {@code java}
     * with its arguments on {@code cpus} (a taskset list).
     */
    static Path launcher(String cpus, String java) throws IOException {
        if (!cpus.matches("[0-9,-]+") || java.contains("'")) {
            throw new IllegalArgumentException("cannot pin forks to '" + cpus + "' with java '" + java + "'");
        }
        Path script = PrivateDirectory.create().resolve("java-on-cpus-" + cpus.replace(',', '_'));
        Files.writeString(script, "#!/bin/sh\nexec taskset -c " + cpus + " '" + java + "' \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
