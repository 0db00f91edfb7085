package ipcbench.transport.stream;

import ipcbench.transport.RejectedConnectionException;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.FrameException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One thread serves every connection through a {@link Selector} over non-blocking channels, as
 * many Java daemons are written. Each connection reads frames with the shared {@link FrameReader}
 * ({@link FrameReader#poll()} keeps a partial frame) and answers them with the shared
 * {@link Responses}; an answer the socket cannot take at once is finished when it becomes
 * writable, and the connection reads nothing more until then. Bad input, a frame over the budget
 * or one slower than its deadline closes that connection with a log line; the others go on.
 */
final class SelectorServer implements Server {
    private final ChannelListener listener;
    private final ServerConfig config;
    private final Selector selector;
    private final Set<Connection> open = new HashSet<>(); // the selector thread's own
    /** Connections whose frame deadline passed, found by the watchdog thread, closed by the selector thread. */
    private final Queue<Connection> overdue = new ConcurrentLinkedQueue<>();
    private long connections;
    private volatile boolean closed;

    SelectorServer(ChannelListener listener, ServerConfig config) throws IOException {
        this.listener = listener;
        this.config = config;
        try {
            this.selector = Selector.open();
            listener.channel().configureBlocking(false);
            listener.channel().register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
    }

    @Override
    public String address() {
        return listener.address();
    }

    @Override
    public String model() {
        return "one selector thread (non-blocking channels)";
    }

    @Override
    public void serve() throws IOException {
        try {
            while (!closed) {
                selector.select(this::ready);
                for (Connection late = overdue.poll(); late != null; late = overdue.poll()) {
                    late.close("a frame not complete " + config.frameDeadline().toMillis()
                            + " ms after its first byte (a slow or stuck client)");
                }
            }
        } catch (ClosedSelectorException e) {
            // closed while selecting
        } finally {
            for (Connection connection : List.copyOf(open)) {
                connection.close(null);
            }
            selector.close();
        }
    }

    private void ready(SelectionKey key) {
        if (key.attachment() == null) {
            acceptWaiting();
            return;
        }
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                connection.flush();
            } else {
                connection.serve();
            }
        } catch (FrameException e) {
            connection.close(e.getMessage());
        } catch (IOException e) {
            connection.close(e.toString());
        } catch (RuntimeException e) {
            connection.close("an internal error: " + e);
        }
    }

    private void acceptWaiting() {
        while (true) {
            String name = "connection " + (connections + 1);
            SocketChannel channel;
            try {
                channel = listener.acceptWaiting();
            } catch (RejectedConnectionException e) {
                connections++;
                config.log().log(name + " rejected: " + e.getMessage());
                continue;
            } catch (IOException e) {
                if (!closed) {
                    config.log().log("accept failed: " + e); // e.g. out of descriptors: the next event tries again
                }
                return;
            }
            if (channel == null) {
                return;
            }
            connections++;
            try {
                channel.configureBlocking(false);
                open.add(new Connection(channel, name));
            } catch (IOException e) {
                config.log().log(name + " could not be set up: " + e);
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closed anyway
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        try {
            listener.close();
        } finally {
            selector.wakeup();
        }
    }

    /** One client's state: its reader, its answers, and an answer still being written. */
    private final class Connection {
        private final SocketChannel channel;
        private final String name;
        private final SelectionKey key;
        private final Watchdog.Guard frameDeadline;
        private final FrameReader reader;
        private final Responses responses;
        private ByteBuffer unwritten;
        private boolean done;

        Connection(SocketChannel channel, String name) throws IOException {
            this.channel = channel;
            this.name = name;
            ChannelStream stream = ChannelStream.of(channel);
            this.frameDeadline = Watchdog.guard(config.frameDeadline().toNanos(), () -> {
                overdue.add(this);
                selector.wakeup();
            });
            this.reader = new FrameReader(stream, config.maxPayload(), config.budget(), frameDeadline);
            this.responses = new Responses(stream, config);
            this.key = channel.register(selector, SelectionKey.OP_READ, this);
        }

        /** Answers every whole frame that has arrived, until the socket would block. */
        void serve() throws IOException {
            while (true) {
                FrameReader.Progress progress = reader.poll();
                if (progress == FrameReader.Progress.PENDING) {
                    return;
                }
                if (progress == FrameReader.Progress.ENDED) {
                    close(null);
                    return;
                }
                ByteBuffer answer = responses.answer(reader);
                if (answer != null) {
                    channel.write(answer);
                    if (answer.hasRemaining()) { // the socket is full: finish when it drains, read nothing before
                        unwritten = answer;
                        key.interestOps(SelectionKey.OP_WRITE);
                        return;
                    }
                }
                if (!reader.hasBufferedBytesAfterFrame()) {
                    return; // nothing pipelined: wait for the selector rather than try a read that finds nothing
                }
            }
        }

        void flush() throws IOException {
            channel.write(unwritten);
            if (!unwritten.hasRemaining()) {
                unwritten = null;
                key.interestOps(SelectionKey.OP_READ);
                serve();
            }
        }

        /** Closes this connection once, with a log line unless {@code why} is null (the client closed, or shutdown). */
        void close(String why) {
            if (done) {
                return;
            }
            done = true;
            if (why != null) {
                config.log().log(name + " closed: " + why);
            }
            open.remove(this);
            frameDeadline.close();
            reader.release();
            responses.release();
            try {
                channel.close();
            } catch (IOException e) {
                // closed anyway
            }
        }
    }
}
