package ipcbench.transport.protocol;

import ipcbench.transport.ClientConnection;
import java.io.IOException;

/**
 * Our frame as an {@link Exchange}: requests of {@code requestLength} payload bytes asking for
 * {@code responseLength} back, on one connection of a stream transport, pipelined as deep as the
 * caller likes (its reader and writer are apart).
 */
public final class FrameExchange implements Exchange {
    private final ClientConnection connection;
    private final int requestLength;
    private final int responseLength;

    public FrameExchange(ClientConnection connection, int requestLength, int responseLength) {
        this.connection = connection;
        this.requestLength = requestLength;
        this.responseLength = responseLength;
    }

    @Override
    public void send(int sequence) throws IOException {
        connection.send(sequence, requestLength, responseLength);
    }

    @Override
    public void receive(int sequence) throws IOException {
        connection.receive(sequence, requestLength, responseLength);
    }

    @Override
    public void roundTrip(int sequence) throws IOException {
        connection.roundTrip(sequence, requestLength, responseLength);
    }

    @Override
    public int maxOutstanding() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
