package ipcbench.transport.daemon;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A child process must not outlive the process that started it, however that one died. */
public final class ParentWatch {
    private static final long POLL_MILLIS = 200;

    private ParentWatch() {
    }

    /** Exits this JVM with status 3 (running shutdown hooks) once process {@code parentPid} is gone. */
    public static void start(long parentPid, String name) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        Thread watcher = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println(name + ": parent process " + parentPid + " is gone; exiting");
            System.exit(3);
        }, "ipcbench-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** This process's parent, or -1 when it has none. */
    public static long parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }
}
