package ipcbench.report.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium driven from its command line, no Node and no driver: {@code --dump-dom} prints
 * the page after its scripts ran, and {@code --enable-logging=stderr} prints every console message
 * and uncaught error as an {@code INFO:CONSOLE} line. The flags are those known to work as root on
 * a machine without network (docs/report.md).
 */
final class HeadlessChromium {
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path scratch;

    HeadlessChromium(Path executable, Path scratch) {
        this.executable = executable;
        this.scratch = scratch;
    }

    /** What the browser made of a page. */
    record Page(String dom, List<String> consoleLines) {
    }

    Page load(Path html) throws IOException, InterruptedException {
        Path err = scratch.resolve("chromium-dom.log");
        String dom = run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString()), err);
        List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE")).toList();
        return new Page(dom, console);
    }

    void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                html.toUri().toString()), scratch.resolve("chromium-screenshot.log"));
    }

    private String run(List<String> args, Path stderr) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "profile");
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path stdout = scratch.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(stderr));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
