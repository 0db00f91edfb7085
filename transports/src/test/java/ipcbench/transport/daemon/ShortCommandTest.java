package ipcbench.transport.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShortCommandTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void itsOutputAndExitCodeBothStreamsTogether() throws Exception {
        ShortCommand.Result ok = ShortCommand.of(LIMIT, "sh", "-c", "echo out; echo err >&2").run();
        assertEquals(0, ok.exitCode());
        assertEquals("out\nerr\n", ok.successfulOutput());

        ShortCommand.Result failed = ShortCommand.of(LIMIT, "sh", "-c", "echo no such thing >&2; exit 3").run();
        assertEquals(3, failed.exitCode());
        IOException e = assertThrows(IOException.class, failed::successfulOutput);
        assertEquals("sh -c echo no such thing >&2; exit 3 failed (exit 3): no such thing", e.getMessage());
    }

    @Test
    void moreOutputThanAPipeHoldsDoesNotStopIt() throws Exception {
        // A pipe holds 64 KiB: a program writing more into an unread one would block until the deadline.
        String out = ShortCommand.of(LIMIT, "sh", "-c", "yes | head -c 1000000").run().successfulOutput();
        assertEquals(1_000_000, out.length());
    }

    @Test
    void aProgramOverItsDeadlineIsKilledAndSaidSo() throws Exception {
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class,
                () -> ShortCommand.of(Duration.ofMillis(300), "sh", "-c", "echo $$; exec sleep 60").run());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "it waited past its deadline");
        assertEquals("sh -c echo $$; exec sleep 60 did not finish within 300 ms", e.getMessage());
    }

    @Test
    void aProgramThatIsNotThereFailsToStartAndLeavesNoFileBehind() throws IOException {
        List<Path> before = outputFiles();
        assertThrows(IOException.class, () -> ShortCommand.of(LIMIT, "/nonexistent/program").run());
        assertEquals(before, outputFiles());
    }

    @Test
    void aCommandNeedsAProgramAndATimeToRun() {
        assertThrows(IllegalArgumentException.class, () -> ShortCommand.of(LIMIT));
        assertThrows(IllegalArgumentException.class, () -> ShortCommand.of(Duration.ZERO, "true"));
    }

    private static List<Path> outputFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith(PrivateDirectory.PREFIX + "command-")).sorted()
                    .toList();
        }
    }
}
