package ipcbench.bench.load;

import ipcbench.transport.protocol.Exchange;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * An in-memory connection that answers each request at once, with the sequence numbers
 * {@code answers} gives for it (none: lost; two: duplicated); {@link #receive} checks the
 * sequence as the real connections do.
 */
final class FakeConnection implements Exchange {
    private final LinkedBlockingQueue<Integer> responses = new LinkedBlockingQueue<>();
    private final IntFunction<List<Integer>> answers;

    FakeConnection(IntFunction<List<Integer>> answers) {
        this.answers = answers;
    }

    static FakeConnection faithful() {
        return new FakeConnection(List::of);
    }

    @Override
    public void send(int sequence) {
        responses.addAll(answers.apply(sequence));
    }

    @Override
    public void receive(int sequence) throws IOException {
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
    }
}
