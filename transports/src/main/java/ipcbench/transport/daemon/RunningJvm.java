package ipcbench.transport.daemon;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM as it was started, for the run's records: which process, which {@code java}, which flags
 * (those before the main class), and the version it reported ({@code unknown} if it did not).
 */
public record RunningJvm(long pid, String java, List<String> jvmArgs, String version) {

    public RunningJvm {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** This JVM. */
    public static RunningJvm current() {
        return new RunningJvm(ProcessHandle.current().pid(), currentJava(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), thisVersion());
    }

    /** This JVM's version and vendor, as a daemon announces them: {@code 25.0.1+8-LTS (Eclipse Adoptium)}. */
    public static String thisVersion() {
        return Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
    }

    /** This JVM's {@code java} executable, which child JVMs are started with too. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
