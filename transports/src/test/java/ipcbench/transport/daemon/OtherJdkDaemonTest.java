package ipcbench.transport.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Transports;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A daemon on another JDK than the client's ({@code -Dipcbench.daemon.java}): it runs on that
 * {@code java}, says its version, and serves. Uses the Temurin 25 JDK these machines have beside
 * Java 17; skipped, saying so, where it is not installed.
 */
class OtherJdkDaemonTest {
    private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @ParameterizedTest
    @ValueSource(strings = {"uds-jdk", "uds-netty-epoll", "pipe-stdio"})
    void aDaemonOnJdk25ServesAndSaysWhichJvmItIs(String transportId) throws Exception {
        assumeTrue(Files.isExecutable(JDK_25), "no JDK 25 at " + JDK_25 + ": nothing to run the daemon on");
        System.setProperty(ChildJvm.JAVA_PROPERTY, JDK_25.toString());
        try (Daemon daemon = Daemon.start(Transports.get(transportId), Daemon.Mode.PROCESS, DaemonOptions.defaults());
             ClientConnection client = daemon.connect(ClientConfig.defaults())) {
            client.roundTrip(0, 64, 64);
            client.roundTrip(1, 1 << 16, 1 << 16);
            RunningJvm jvm = daemon.jvm();
            assertEquals(JDK_25.toString(), jvm.java());
            assertTrue(jvm.version().startsWith("25"), jvm.version());
        } finally {
            System.clearProperty(ChildJvm.JAVA_PROPERTY);
        }
    }
}
