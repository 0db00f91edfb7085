package ipcbench.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the report tool in-process, as scripts/report.sh would, capturing its output. */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ReportMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** A synthetic run directory under src/test/resources/runs. */
    public static Path runDir(String name) {
        try {
            return Path.of(Cli.class.getResource("/runs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The committed baseline run (results/baseline): a real quick run, so a report of realistic
     * size. Tests run in the report module's directory.
     */
    public static Path baselineRun() {
        return Path.of("..", "results", "baseline").toAbsolutePath().normalize();
    }

    /** Its path as a command-line argument. */
    public static String arg(String name) {
        return runDir(name).toString();
    }
}
