package ipcbench.bench.load;

import ipcbench.transport.protocol.Exchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * An in-memory connection that answers each request at once, with the sequence numbers
 * {@code answers} gives for it (none: lost; two: duplicated); {@link #receive} checks the
 * sequence as the real connections do. It records which threads made which calls.
 */
final class FakeConnection implements Exchange {
    private final LinkedBlockingQueue<Integer> responses = new LinkedBlockingQueue<>();
    private final IntFunction<List<Integer>> answers;
    private final Map<String, Set<String>> threads = new ConcurrentHashMap<>(); // by call: the threads that made it
    private final CountDownLatch closed = new CountDownLatch(1);

    FakeConnection(IntFunction<List<Integer>> answers) {
        this.answers = answers;
    }

    static FakeConnection faithful() {
        return new FakeConnection(List::of);
    }

    /** This connection, as a connector returns it: records the opening thread. */
    FakeConnection openedHere() {
        calledHere("open");
        return this;
    }

    /** The names of the threads that called {@code call} (open, send, receive, close). */
    Set<String> threads(String call) {
        return threads.getOrDefault(call, Set.of());
    }

    boolean awaitClosed() throws InterruptedException {
        return closed.await(5, TimeUnit.SECONDS);
    }

    private void calledHere(String call) {
        threads.computeIfAbsent(call, c -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread().getName());
    }

    @Override
    public void send(int sequence) {
        calledHere("send");
        responses.addAll(answers.apply(sequence));
    }

    @Override
    public void receive(int sequence) throws IOException {
        calledHere("receive");
        Integer got;
        try {
            got = responses.poll(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (got == null) {
            throw new IOException("no response " + sequence + " within 5 s");
        }
        if (got != sequence) {
            throw new IOException("response carries sequence " + got + ", expected " + sequence
                    + " (lost, duplicated or reordered response)");
        }
    }

    @Override
    public int maxOutstanding() {
        return Integer.MAX_VALUE; // as our frame's connections: its answers are queued
    }

    @Override
    public void close() {
        calledHere("close");
        closed.countDown();
    }
}
