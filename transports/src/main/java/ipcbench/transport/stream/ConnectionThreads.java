package ipcbench.transport.stream;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Where a thread-per-connection daemon runs each connection: pooled platform threads, or virtual threads. */
final class ConnectionThreads {

    private ConnectionThreads() {
    }

    /** Platform threads from a pool that keeps idle ones, as a production daemon's would. */
    static ExecutorService pooled() {
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ipcbench-connection");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A new virtual thread per connection. The build targets Java 17, so the JDK 21 API is reached
     * by reflection; the caller has checked that this JVM has it ({@link ipcbench.transport.ServerModel}).
     */
    static ExecutorService virtual() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("virtual threads need JDK 21 or later; this JVM is " + Runtime.version(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make virtual threads: " + e.getCause(), e.getCause());
        }
    }
}
