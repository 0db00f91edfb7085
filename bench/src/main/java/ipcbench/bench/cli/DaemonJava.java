package ipcbench.bench.cli;

import ipcbench.transport.daemon.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --daemon-java PATH}: the daemons run on another JDK than the benchmark JVMs (say a JDK 25
 * daemon measured by a JDK 17 client). Passed to every JVM below by {@link ChildJvm#JAVA_ENV};
 * env.json records each daemon's java and version.
 */
final class DaemonJava {
    @Option(names = "--daemon-java", paramLabel = "PATH",
            description = "The java executable the daemons run on (default: the benchmark JVM's).")
    Path java;

    /** The environment the command line's children get: the chosen java, or none (then theirs). */
    Map<String, String> environment() {
        if (java == null) {
            return Map.of(ChildJvm.JAVA_ENV, "");
        }
        if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
            throw new UsageException("--daemon-java " + java + " is not an executable file (e.g. /usr/lib/jvm/<jdk>/bin/java)");
        }
        return Map.of(ChildJvm.JAVA_ENV, java.toAbsolutePath().toString());
    }
}
