package ipcbench.transport.daemon;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM as it was started, for the run's records: which process, which {@code java}, which flags
 * (those before the main class).
 */
public record RunningJvm(long pid, String java, List<String> jvmArgs) {

    public RunningJvm {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** This JVM. */
    public static RunningJvm current() {
        return new RunningJvm(ProcessHandle.current().pid(), currentJava(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** This JVM's {@code java} executable, which child JVMs are started with too. */
    static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
