package ipcbench.report.jmh;

import java.io.IOException;
import java.nio.file.Path;

/** A results file that is missing, empty or not what JMH writes; the message starts with the file. */
public final class ResultsFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ResultsFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ResultsFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
