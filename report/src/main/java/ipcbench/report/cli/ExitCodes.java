package ipcbench.report.cli;

/** Exit codes shared by the subcommands; CI tells a regression (1) from a broken input (2). */
public final class ExitCodes {
    public static final int OK = 0;
    /** compare: a significant regression beyond the threshold. */
    public static final int REGRESSION = 1;
    /** A missing or malformed file, a bad option, or nothing to compare. Also picocli's usage code. */
    public static final int BAD_INPUT = 2;
    /** A bug in the tool: kept apart from 1 so that it never reads as a regression. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
