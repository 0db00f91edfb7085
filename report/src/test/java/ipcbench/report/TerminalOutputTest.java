package ipcbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The report tool in a JVM of its own, as a terminal runs it: what reaches standard output in a
 * POSIX locale (where Java encodes it as ASCII) and in a UTF-8 one.
 */
class TerminalOutputTest {
    private static final List<String> LOCALE = List.of("LANG", "LC_ALL", "LC_CTYPE");

    @Test
    void tableInAPosixLocaleSpellsPlusMinusInAscii() throws Exception {
        String out = run(ExitCodes.OK, Map.of(), "table", Cli.arg("table-run"));
        assertTrue(out.contains("+- 0.0787"), out);
        assertFalse(out.contains("?"), out);
    }

    @Test
    void tableInAUtf8LocaleKeepsTheSymbol() throws Exception {
        String out = run(ExitCodes.OK, Map.of("LC_ALL", "C.UTF-8"), "table", Cli.arg("table-run"));
        assertTrue(out.contains(new String("± 0.0787".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                out);
        assertFalse(out.contains("+-"), out);
    }

    @Test
    void compareGoesThroughTheSameWriter() throws Exception {
        String out = run(ExitCodes.REGRESSION, Map.of(), "compare", Cli.arg("tight-old"), Cli.arg("tight-slower"));
        assertTrue(out.contains("; +- is the 95% confidence interval;"), out);
        assertTrue(out.contains("+- 0.19%"), out);
    }

    /**
     * Runs ReportMain on this test's class path, without the caller's locale variables but with
     * {@code locale}, and returns its standard output one char per byte (ISO-8859-1), so that a
     * '?' written for a symbol the charset lacks stays a '?' and UTF-8 stays visible as its bytes.
     */
    private static String run(int exitCode, Map<String, String> locale, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReportMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        LOCALE.forEach(pb.environment()::remove);
        pb.environment().putAll(locale);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the report tool did not exit");
        assertEquals(exitCode, p.exitValue(), out);
        return out;
    }
}
