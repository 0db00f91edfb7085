package ipcbench.bench.cli;

import ipcbench.transport.daemon.ChildJvm;
import ipcbench.transport.daemon.InjectedDelay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How the command line's daemons are started, passed to every JVM below by environment variables
 * (so they reach JMH's forks): {@code --daemon-java PATH}, the daemons on another JDK than the
 * benchmark JVMs (say a JDK 25 daemon measured by a JDK 17 client; {@link ChildJvm#JAVA_ENV}); and,
 * test only, {@code --inject-delay TRANSPORT:TIME}, a busy-wait before each response of one
 * transport's daemons ({@link InjectedDelay#ENV}). env.json records each daemon's java, version and
 * delay.
 */
final class DaemonSettings {
    @Option(names = "--daemon-java", paramLabel = "PATH",
            description = "The java executable the daemons run on (default: the benchmark JVM's).")
    Path java;

    @Option(names = "--inject-delay", paramLabel = "TRANSPORT:TIME",
            description = "Test only: that transport's daemons busy-wait TIME (e.g. uds-jdk:500ns, 2us) before each"
                    + " response, a known slowdown for the CI gate's study (docs/ci.md). The daemons announce it,"
                    + " env.json records it and compare warns of it. Default: " + InjectedDelay.ENV + "'s, else none.")
    String injectDelay;

    /**
     * The environment the command line's children get: the chosen java, or none (then theirs); the
     * delay asked for here or in this process's environment, checked, or none.
     */
    Map<String, String> environment() {
        String delay;
        try {
            InjectedDelay asked = injectDelay != null ? InjectedDelay.parse(injectDelay) : InjectedDelay.fromEnvironment();
            delay = asked == null ? "" : asked.toString();
        } catch (IllegalArgumentException e) {
            throw new UsageException((injectDelay != null ? "--inject-delay: " : InjectedDelay.ENV + ": ") + e.getMessage());
        }
        if (java == null) {
            return Map.of(ChildJvm.JAVA_ENV, "", InjectedDelay.ENV, delay);
        }
        if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
            throw new UsageException("--daemon-java " + java + " is not an executable file (e.g. /usr/lib/jvm/<jdk>/bin/java)");
        }
        return Map.of(ChildJvm.JAVA_ENV, java.toAbsolutePath().toString(), InjectedDelay.ENV, delay);
    }
}
