package ipcbench.transport.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A process's executable and command line, read from {@code /proc} in full. {@code
 * ProcessHandle.Info} returns neither once the command line passes a page (4 KiB), which a JVM
 * started with our class path does.
 */
public final class ProcInfo {
    private ProcInfo() {
    }

    /** {@code /proc/<pid>/exe}, or the command's first word when that link cannot be read; {@code unknown} if neither. */
    public static String executable(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")).toString();
        } catch (IOException e) {
            List<String> command = commandLine(pid);
            return command.isEmpty() ? "unknown" : command.get(0);
        }
    }

    /** {@code /proc/<pid>/cmdline} word by word; empty when the process is gone or cannot be read. */
    public static List<String> commandLine(long pid) {
        try {
            String raw = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            List<String> words = new ArrayList<>();
            for (String word : raw.split("\0")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            return List.of();
        }
    }
}
