package ipcbench.transport.pipe;

import ipcbench.transport.stream.ChannelStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process's stdin and stdout as channels of our own, opened through {@code /proc/PID/fd}:
 * the same two pipes, read and written from direct buffers as the daemon's side does. Process's own
 * streams cost more than the pipe: {@code FileOutputStream.writeBytes} copies every write of over
 * 8 KiB into a buffer it mallocs for the call, and its stdout is read through a synchronized
 * {@code BufferedInputStream} (measured here: 0.84x C's pipe stream at 64 KiB through them).
 */
public final class ChildPipes {
    private ChildPipes() {
    }

    /**
     * The child's stdin (to write) and stdout (to read). Opening a pipe by its /proc name waits for
     * the other end like a FIFO's open, so a child that has just exited could hold it forever: it is
     * opened on a thread of its own, within {@code deadline}.
     */
    public static ChannelStream open(Process process, Duration deadline) throws IOException {
        Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
        FutureTask<ChannelStream> opening = new FutureTask<>(() -> {
            FileChannel out = FileChannel.open(fds.resolve("0"), StandardOpenOption.WRITE);
            try {
                FileChannel in = FileChannel.open(fds.resolve("1"), StandardOpenOption.READ);
                return new ChannelStream(in, out, () -> {
                    try (in; out; var stdin = process.getOutputStream(); var stdout = process.getInputStream()) {
                        // the child sees the end of its stdin once every write end is closed: ours and Process's
                    }
                });
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        });
        Thread opener = new Thread(opening, "ipcbench-pipe-open");
        opener.setDaemon(true);
        opener.start();
        try {
            return opening.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the pipes of process " + process.pid() + " did not open within "
                    + deadline.toMillis() + " ms (alive: " + process.isAlive() + ")");
        } catch (ExecutionException e) {
            throw new IOException("cannot open the pipes of process " + process.pid() + " through " + fds
                    + " (alive: " + process.isAlive() + "): " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the pipes of process " + process.pid(), e);
        }
    }
}
