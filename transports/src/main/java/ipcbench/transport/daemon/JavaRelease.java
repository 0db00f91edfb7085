package ipcbench.transport.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which feature release (17, 21, 25...) a {@code java} executable is, known before a daemon is
 * started on it, so that a combination it cannot run is "not applicable" rather than a failure.
 */
public final class JavaRelease {
    private static final Pattern VERSION = Pattern.compile("version \"(1\\.)?(\\d+)");
    private static final Pattern RELEASE_FILE = Pattern.compile("(?m)^JAVA_VERSION=\"(1\\.)?(\\d+)");
    private static final Map<String, Integer> KNOWN = new ConcurrentHashMap<>();

    private JavaRelease() {
    }

    /** The feature release of {@code java}; fails naming it when it cannot be found out. */
    public static int feature(String java) {
        if (java.equals(RunningJvm.currentJava())) {
            return Runtime.version().feature();
        }
        return KNOWN.computeIfAbsent(java, JavaRelease::lookUp);
    }

    /** The JDK's {@code release} file beside {@code bin/java}; else what {@code java -version} says. */
    private static int lookUp(String java) {
        try {
            Path release = Path.of(java).toRealPath().getParent().getParent().resolve("release");
            if (Files.isReadable(release)) {
                Matcher m = RELEASE_FILE.matcher(Files.readString(release, StandardCharsets.UTF_8));
                if (m.find()) {
                    return Integer.parseInt(m.group(2));
                }
            }
            Matcher m = VERSION.matcher(ShortCommand.of(Duration.ofSeconds(10), java, "-version").run().output());
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
            throw new IllegalStateException(java + " -version printed no version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot tell which Java " + java + " is: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted asking " + java + " for its version", e);
        }
    }
}
