package ipcbench.transport.daemon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JDKs installed beside the one running the tests, for daemons that need another: the newest
 * under {@code /usr/lib/jvm} (Debian's and Temurin's packages put them there), or the one
 * {@code IPCBENCH_TEST_JDK} names (its {@code bin/java}).
 */
public final class TestJdks {
    private TestJdks() {
    }

    /** The {@code java} of a JDK of {@code feature} or later; the test is skipped, saying why, without one. */
    public static String requireAtLeast(int feature) {
        Optional<String> java = atLeast(feature);
        assumeTrue(java.isPresent(), "no JDK " + feature + " or later in /usr/lib/jvm or IPCBENCH_TEST_JDK: skipped");
        return java.get();
    }

    public static Optional<String> atLeast(int feature) {
        String chosen = System.getenv("IPCBENCH_TEST_JDK");
        Stream<Path> candidates;
        if (chosen != null && !chosen.isBlank()) {
            candidates = Stream.of(Path.of(chosen, "bin", "java"));
        } else {
            try (Stream<Path> dirs = Files.list(Path.of("/usr/lib/jvm"))) {
                candidates = dirs.map(dir -> dir.resolve("bin/java")).toList().stream();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return candidates.filter(Files::isExecutable).map(Path::toString)
                .filter(java -> JavaRelease.feature(java) >= feature)
                .max(Comparator.comparingInt(JavaRelease::feature));
    }
}
