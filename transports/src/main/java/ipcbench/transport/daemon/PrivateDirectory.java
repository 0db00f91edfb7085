package ipcbench.transport.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The daemon's directory for socket files and FIFOs: made 0700 at creation, so there is no
 * window. The process that makes one removes it, whatever happened to the daemon: when the
 * daemon is closed, and otherwise when this JVM exits (normally, failing, or on a TERM), so a
 * daemon killed with SIGKILL in the middle of a run leaves nothing behind either.
 */
public final class PrivateDirectory {
    static final String PREFIX = "ipcbench-";
    private static final Set<Path> MADE_HERE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private PrivateDirectory() {
    }

    /** A new directory under {@code java.io.tmpdir} (short, so socket paths fit in 108 bytes). */
    public static Path create() throws IOException {
        Path directory = Files.createTempDirectory(PREFIX,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        MADE_HERE.add(directory);
        // Registered on the first directory, not when the class loads: a daemon loads this class
        // in its own shutdown hook (to delete), when adding a hook is no longer allowed.
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(PrivateDirectory::deleteAllMadeHere,
                    "ipcbench-private-directories"));
        }
        return directory;
    }

    private static void deleteAllMadeHere() {
        for (Path directory : MADE_HERE) {
            try {
                delete(directory);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("ipcbench: could not remove " + directory + ": " + e);
            }
        }
    }

    /**
     * Removes the directory and whatever is left in it. Another process (the daemon's own
     * shutdown hook) may be removing its files at the same time: what is gone already is fine.
     */
    public static void delete(Path directory) throws IOException {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // removed meanwhile
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e;
            }
        }
        if (Files.notExists(directory)) {
            MADE_HERE.remove(directory);
        }
    }
}
