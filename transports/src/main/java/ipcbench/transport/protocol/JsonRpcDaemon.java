package ipcbench.transport.protocol;

import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.stream.AcceptLoop;
import ipcbench.transport.stream.Listener;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Our JSON-RPC daemon: on each stream the transport's listener accepts (a socket connection, or
 * the process's stdin and stdout as a language server has), an LSP4J {@code Launcher} serving
 * {@link JsonRpcEcho}, its reader thread from LSP4J's executor (a cached pool: a thread per
 * connection) parsing each request and answering it on that thread. Streams are buffered as LSP4J
 * expects (it reads headers a byte at a time, and writes header and content apart).
 */
final class JsonRpcDaemon implements Server {
    /** Room for the JSON around a payload: the envelope, the other fields. */
    static final int ENVELOPE_BYTES = 4096;
    private static final int BUFFER_BYTES = 8192;

    private final AcceptLoop connections;
    private final ServerConfig config;
    private final boolean oneStream;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "ipcbench-jsonrpc");
        thread.setDaemon(true);
        return thread;
    });

    /** With {@code oneStream} (stdio), serves the first stream only and returns when it ends. */
    JsonRpcDaemon(Listener listener, ServerConfig config, boolean oneStream) {
        this.connections = new AcceptLoop(listener, config);
        this.config = config;
        this.oneStream = oneStream;
    }

    @Override
    public String address() {
        return connections.address();
    }

    @Override
    public String model() {
        return "LSP4J " + JsonRpcProtocol.VERSION + " Launcher per connection: its reader thread (a cached pool) parses"
                + " each request and answers on it" + (oneStream ? "; one stream (stdin/stdout), served until stdin ends"
                : "");
    }

    @Override
    public void serve() throws IOException {
        connections.run((stream, name) -> {
            CountDownLatch ended = new CountDownLatch(1);
            Launcher<JsonRpcEcho.Caller> launcher = new JsonRpcLauncher<JsonRpcEcho.Caller>(
                    config.maxPayload() + ENVELOPE_BYTES, config.log(), name, () -> {
                connections.ended(stream);
                try {
                    stream.close();
                } catch (IOException e) {
                    // ending anyway
                }
                ended.countDown();
            }).setLocalService(new Echo(config, name)).setRemoteInterface(JsonRpcEcho.Caller.class)
                    .setInput(new BufferedInputStream(StreamIo.in(stream), BUFFER_BYTES))
                    .setOutput(new BufferedOutputStream(StreamIo.out(stream), BUFFER_BYTES))
                    .setExecutorService(threads).create();
            launcher.startListening();
            if (oneStream) {
                try {
                    ended.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return oneStream;
        });
    }

    @Override
    public void close() throws IOException {
        try {
            connections.close();
        } finally {
            threads.shutdownNow();
        }
    }

    /** The method: checks the params, answers with the sequence, the request's length and the payload asked for. */
    private static final class Echo implements JsonRpcEcho {
        private final ServerConfig config;
        private final String name;

        Echo(ServerConfig config, String name) {
            this.config = config;
            this.name = name;
        }

        @Override
        public CompletableFuture<Result> echo(Params params) {
            String bad = params == null ? "no params" : params.payload == null ? "no payload"
                    : params.responseLength < 0 ? "a negative responseLength " + params.responseLength
                    : params.responseLength > config.maxPayload() ? "a responseLength of " + params.responseLength
                    + ", over the maximum " + config.maxPayload() : null;
            if (bad != null) {
                config.log().log(name + ": refused " + METHOD + " with " + bad);
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, bad, null));
            }
            config.stall().beforeResponse();
            Result result = new Result();
            result.sequence = params.sequence;
            result.requestLength = params.payload.length();
            result.payload = TextPayload.answer(params.payload, params.responseLength);
            return CompletableFuture.completedFuture(result);
        }
    }
}
