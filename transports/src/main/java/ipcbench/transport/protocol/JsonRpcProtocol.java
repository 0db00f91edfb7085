package ipcbench.transport.protocol;

import ipcbench.transport.ByteStream;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.stream.StreamAccess;
import ipcbench.transport.target.TargetAddress;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * JSON-RPC 2.0 as a language server speaks it, through LSP4J on both sides ({@code Content-Length}
 * framing, Gson): one {@code ipcbench/echo} request per exchange, its {@code payload} as a string of
 * as many characters (bytes) in the params, the answer's in the result, checked as a frame's
 * (sequence number, lengths, stamp and content, {@link TextPayload.Check}). It runs over every
 * transport whose connections are byte streams offered to protocols ({@link StreamAccess}): the
 * pipes of {@code pipe-stdio} (the language-server case), the socket transports. A client may have
 * many requests outstanding (JSON-RPC has ids; our daemon answers each connection's in order).
 */
final class JsonRpcProtocol implements Protocol {
    static final String VERSION = "0.24.0";
    private static final int BUFFER_BYTES = 8192;

    @Override
    public String id() {
        return "jsonrpc";
    }

    @Override
    public String description() {
        return "JSON-RPC 2.0 through LSP4J " + VERSION + " (Content-Length framing), both sides: an echo request,"
                + " payload and answer as strings, sequence and content checked";
    }

    @Override
    public String library() {
        return "LSP4J " + VERSION;
    }

    @Override
    public boolean needsLongWarmup() {
        return true;
    }

    @Override
    public String whyNotOver(Transport transport) {
        return transport instanceof StreamAccess ? null : "jsonrpc runs LSP4J's blocking reader on a transport's byte"
                + " stream; " + transport.id() + " offers none to protocols (its connections are its own framing loop's)";
    }

    @Override
    public Server bind(Transport transport, ServerConfig config) throws IOException {
        checkOver(transport);
        config.allowUids().requireSupport(transport);
        return new JsonRpcDaemon(((StreamAccess) transport).listenStreams(config), config, transport.servesOverStdio());
    }

    @Override
    public Session connect(Transport transport, Endpoint endpoint, Sizes sizes, ClientConfig config)
            throws IOException {
        checkOver(transport);
        return new JsonRpcSession((StreamAccess) transport, endpoint, sizes, config);
    }

    @Override
    public boolean speaksToTargets() {
        return false;
    }

    @Override
    public ProtocolRequest resolve(ProtocolRequest asked) {
        throw new IllegalArgumentException("jsonrpc speaks to our daemons (-p protocol=jsonrpc), not to a target");
    }

    @Override
    public Session open(TargetAddress address, ProtocolRequest request, ClientConfig config) {
        throw new IllegalArgumentException("jsonrpc speaks to our daemons (-p protocol=jsonrpc), not to a target");
    }

    /** The trial's clients: each its own stream and launcher; their reader threads from one pool. */
    private static final class JsonRpcSession implements Session {
        private final StreamAccess transport;
        private final Endpoint endpoint;
        private final Sizes sizes;
        private final ClientConfig config;
        private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ipcbench-jsonrpc-client");
            thread.setDaemon(true);
            return thread;
        });

        JsonRpcSession(StreamAccess transport, Endpoint endpoint, Sizes sizes, ClientConfig config) {
            this.transport = transport;
            this.endpoint = endpoint;
            this.sizes = sizes;
            this.config = config;
        }

        @Override
        public Exchange connect() throws IOException {
            ByteStream stream;
            try {
                stream = transport.openStream(endpoint);
            } catch (IOException e) {
                throw Failures.failed(endpoint, "connecting", e);
            }
            return new JsonRpcExchange(this, stream);
        }

        @Override
        public String daemonVersion() {
            return null; // JSON-RPC has no way to ask; the model line names LSP4J
        }

        @Override
        public void close() {
            readers.shutdownNow();
        }
    }

    /** One client: its stream, its launcher, its params object and request characters, reused. */
    private static final class JsonRpcExchange implements Exchange {
        private final JsonRpcSession session;
        private final ByteStream stream;
        private final JsonRpcEcho daemon;
        private final char[] request;
        private final String unstamped;
        private final JsonRpcEcho.Params params = new JsonRpcEcho.Params();
        private final TextPayload.Check check = new TextPayload.Check();
        private final ConcurrentLinkedQueue<CompletableFuture<JsonRpcEcho.Result>> pending = new ConcurrentLinkedQueue<>();

        JsonRpcExchange(JsonRpcSession session, ByteStream stream) {
            this.session = session;
            this.stream = stream;
            Launcher<JsonRpcEcho> launcher = new JsonRpcLauncher<JsonRpcEcho>(
                    session.config.maxPayload() + JsonRpcDaemon.ENVELOPE_BYTES, null, "jsonrpc client", () -> { })
                    .setLocalService(new JsonRpcEcho.Caller() { })
                    .setRemoteInterface(JsonRpcEcho.class)
                    .setInput(new BufferedInputStream(StreamIo.in(stream), BUFFER_BYTES))
                    .setOutput(new BufferedOutputStream(StreamIo.out(stream), BUFFER_BYTES))
                    .setExecutorService(session.readers).create();
            this.daemon = launcher.getRemoteProxy();
            launcher.startListening();
            this.request = TextPayload.pattern(session.sizes.requestLength());
            this.unstamped = TextPayload.stamped(request.length) ? null : new String(request);
            params.responseLength = session.sizes.responseLength();
        }

        /** Sends on the caller's thread (LSP4J serializes and writes in the call); the answer comes on the reader's. */
        @Override
        public void send(int sequence) {
            if (unstamped == null) {
                TextPayload.stamp(request, sequence);
            }
            params.sequence = sequence;
            params.payload = unstamped != null ? unstamped : new String(request);
            pending.add(daemon.echo(params)); // failed already when LSP4J could not write it: receive says so
        }

        @Override
        public void receive(int sequence) throws IOException {
            CompletableFuture<JsonRpcEcho.Result> answer = pending.poll();
            if (answer == null) {
                throw new IllegalStateException("receive(" + sequence + ") with no request outstanding");
            }
            String doing = "waiting for the jsonrpc answer to request " + sequence;
            long deadline = session.config.deadline().toMillis();
            JsonRpcEcho.Result result;
            try {
                result = answer.get(deadline, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(session.endpoint.transportId() + ": interrupted while " + doing);
            } catch (TimeoutException e) {
                throw Failures.timeout(session.endpoint, TimeUnit.MILLISECONDS.toNanos(deadline), doing, e);
            } catch (ExecutionException e) {
                throw Failures.failed(session.endpoint, doing, e.getCause() instanceof Exception c ? c : e);
            }
            String wrong = result == null ? "is empty" : result.sequence != sequence ? "carries sequence "
                    + result.sequence + " (lost, duplicated or reordered answer)"
                    : result.requestLength != request.length ? "answers a request of " + result.requestLength
                    + " characters, expected " + request.length
                    : check.verify(result.payload, sequence, request.length, session.sizes.responseLength());
            if (wrong != null) {
                throw new IOException(session.endpoint.transportId() + ": jsonrpc answer " + sequence + " " + wrong);
            }
        }

        @Override
        public int maxOutstanding() {
            return Integer.MAX_VALUE;
        }

        @Override
        public void close() throws IOException {
            stream.close(); // the reader then ends; over stdio, the daemon exits
        }
    }
}
