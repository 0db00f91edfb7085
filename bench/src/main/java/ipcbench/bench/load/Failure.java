package ipcbench.bench.load;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The first failure of any sender or receiver thread. It stops every other thread of the run, and
 * {@code onFailure} (closing the connections) unblocks those waiting in a read or a write.
 */
final class Failure {
    private final AtomicReference<Throwable> first = new AtomicReference<>();
    private final Runnable onFailure;
    private volatile boolean failed;

    Failure(Runnable onFailure) {
        this.onFailure = onFailure;
    }

    void set(Throwable cause) {
        if (first.compareAndSet(null, cause)) {
            failed = true;
            onFailure.run();
        }
    }

    boolean failed() {
        return failed;
    }

    Throwable cause() {
        return first.get();
    }
}
