package ipcbench.transport.protocol;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.stream.ResponseCheck;
import ipcbench.transport.target.TargetAddress;
import ipcbench.transport.target.TargetPeer;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Transport;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * HTTP/1.1 through Jetty's {@code HttpClient} (over a TCP port, or a socket file with
 * {@code Transport.TCPUnix}). To a daemon nobody here wrote: {@code METHOD PATH}, with a body of
 * {@code payload} bytes when there is one; a response with another status than expected, or with a
 * body of another length when a length is expected, fails the run. To our daemon
 * ({@link Http1Daemon}, Jetty's server) over tcp-nio or uds-jdk: a Docker-API-shaped
 * {@code POST} whose body and answer are checked as a frame's (sequence header, length, the
 * sequence stamp and the content). Responses are not decompressed (no {@code Accept-Encoding}), so
 * the length checked is the length sent. The clients of a trial share the client's connection
 * pool, one keep-alive connection per client at a time, as an application would.
 */
final class Http1Protocol implements Protocol {
    /** What our daemon answers: a Docker-API-shaped path. */
    static final String PATH = "/v1.47/ipcbench/echo";
    /** The request's sequence number, which our daemon sends back in the same header. */
    static final String SEQUENCE = "X-Ipcbench-Sequence";
    /** The body length the request asks for. */
    static final String RESPONSE_LENGTH = "X-Ipcbench-Response-Length";
    /** Jetty's I/O is the JDK's NIO channels: these transports are exactly that, on each side. */
    private static final Map<String, LibrarySocket> OVER = Map.of("uds-jdk", LibrarySocket.UNIX,
            "tcp-nio", LibrarySocket.TCP);

    private static final Pattern REQUEST = Pattern.compile("([A-Z]+) (/\\S*)");
    private static final Pattern EXPECT = Pattern.compile("status=(\\d{3})(?: bytes=(\\d+))?");
    private static final String DEFAULT_REQUEST = "GET /";
    /** Enough connections that no client waits for another's: more than JMH's thread counts here. */
    private static final int MAX_CONNECTIONS = 4096;

    @Override
    public String id() {
        return "http1";
    }

    @Override
    public String description() {
        return "HTTP/1.1, Jetty's HttpClient (ours: Jetty's Server): a Docker-API-shaped POST, sequence and body"
                + " checked; to a target METHOD PATH, status and body length checked";
    }

    @Override
    public boolean needsLongWarmup() {
        return true;
    }

    @Override
    public String library() {
        return "Jetty " + org.eclipse.jetty.util.Jetty.VERSION + " HttpClient and Server";
    }

    @Override
    public String whyNotOver(ipcbench.transport.Transport transport) {
        return LibrarySocket.whyNot(id(), "Jetty's JDK NIO channels", new java.util.TreeMap<>(OVER), transport);
    }

    @Override
    public Server bind(ipcbench.transport.Transport transport, ServerConfig config) throws IOException {
        checkOver(transport);
        return Http1Daemon.bind(OVER.get(transport.id()), config);
    }

    @Override
    public Session connect(ipcbench.transport.Transport transport, Endpoint endpoint, Sizes sizes,
                           ClientConfig config) throws IOException {
        checkOver(transport);
        OurSession session = new OurSession(endpoint, OVER.get(transport.id()), sizes, config);
        try {
            session.version = session.probe();
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    @Override
    public ProtocolRequest resolve(ProtocolRequest asked) {
        String request = asked.request().equals(ProtocolRequest.DEFAULT) ? DEFAULT_REQUEST : asked.request();
        if (!REQUEST.matcher(request).matches()) {
            throw new IllegalArgumentException("an http1 request is 'METHOD PATH' (e.g. 'GET /_ping'), got '"
                    + request + "'");
        }
        String expect = asked.expect().equals(ProtocolRequest.DEFAULT) ? "status=200" : asked.expect();
        if (!EXPECT.matcher(expect).matches()) {
            throw new IllegalArgumentException("an http1 expectation is 'status=NNN' or 'status=NNN bytes=N', got '"
                    + expect + "'");
        }
        return asked.with(request, expect);
    }

    @Override
    public Session open(TargetAddress address, ProtocolRequest request, ClientConfig config) throws IOException {
        HttpSession session = new HttpSession(address, resolve(request), config);
        try {
            session.start();
            session.version = session.probe();
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static final class HttpSession implements Session {
        private final Endpoint endpoint;
        private final HttpClient client = new HttpClient();
        /** For a socket file; null for a port (the URI's host and port say where). */
        private final Transport transport;
        private final URI uri;
        private final String method;
        private final byte[] body;
        private final int expectStatus;
        private final long expectBytes;
        private final long deadlineMillis;
        private final String label;
        private String version;

        HttpSession(TargetAddress address, ProtocolRequest request, ClientConfig config) {
            Matcher line = REQUEST.matcher(request.request());
            Matcher expect = EXPECT.matcher(request.expect());
            line.matches();
            expect.matches();
            this.endpoint = TargetPeer.endpoint("http1", address);
            this.label = request.request();
            this.method = line.group(1);
            String authority = address.isSocketFile() ? "localhost" : hostAndPort(address);
            this.uri = URI.create("http://" + authority + line.group(2));
            this.transport = address.isSocketFile() ? new Transport.TCPUnix(address.socketFile()) : null;
            this.body = request.payload() == 0 ? null : Payload.patternBytes(request.payload());
            this.expectStatus = Integer.parseInt(expect.group(1));
            this.expectBytes = expect.group(2) == null ? -1 : Long.parseLong(expect.group(2));
            this.deadlineMillis = config.deadline().toMillis();
        }

        private static String hostAndPort(TargetAddress address) {
            String host = address.tcp().getAddress().getHostAddress();
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.tcp().getPort();
        }

        void start() throws IOException {
            startClient(client, deadlineMillis);
        }

        /** One request as the benchmark makes it; the daemon's {@code Server} header names it. */
        String probe() throws IOException {
            return answer(request(0), 0).getHeaders().get(HttpHeader.SERVER);
        }

        @Override
        public Exchange connect() {
            return new Exchange() {
                private CompletableFuture<ContentResponse> pending;

                @Override
                public void send(int sequence) {
                    pending = request(sequence);
                }

                @Override
                public void receive(int sequence) throws IOException {
                    CompletableFuture<ContentResponse> answer = pending;
                    pending = null;
                    answer(answer, sequence);
                }

                @Override
                public void close() {
                    // the connection stays in the session's pool, closed with the session
                }
            };
        }

        /** Sends request {@code sequence}; its answer completes the future, within the request's timeout. */
        CompletableFuture<ContentResponse> request(int sequence) {
            Request request = client.newRequest(uri).method(method).timeout(deadlineMillis, TimeUnit.MILLISECONDS);
            if (transport != null) {
                request.transport(transport);
            }
            if (body != null) {
                request.body(new BytesRequestContent(body));
            }
            return new CompletableResponseListener(request, Frame.DEFAULT_MAX_PAYLOAD).send();
        }

        /** Waits for the answer to request {@code sequence} and checks its status and, if asked, its length. */
        ContentResponse answer(CompletableFuture<ContentResponse> pending, int sequence) throws IOException {
            ContentResponse response = await(pending, endpoint, deadlineMillis,
                    "waiting for the response to " + label + " (request " + sequence + ")");
            if (response.getStatus() != expectStatus) {
                throw new IOException(endpoint.transportId() + ": " + label + " (request " + sequence + ") answered "
                        + response.getStatus() + " " + response.getReason() + ", expected status " + expectStatus);
            }
            if (expectBytes >= 0 && response.getContent().length != expectBytes) {
                throw new IOException(endpoint.transportId() + ": " + label + " (request " + sequence + ") answered a"
                        + " body of " + response.getContent().length + " bytes, expected " + expectBytes);
            }
            return response;
        }

        @Override
        public String daemonVersion() {
            return version;
        }

        @Override
        public void close() throws IOException {
            stopClient(client);
        }
    }

    /** Starts {@code client} as both sessions use it: its own daemon threads, no redirects or decoding. */
    static void startClient(HttpClient client, long deadlineMillis) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("ipcbench-http1");
        threads.setDaemon(true); // a failed trial never keeps the JVM alive
        client.setExecutor(threads);
        client.setConnectTimeout(deadlineMillis);
        client.setIdleTimeout(TimeUnit.MINUTES.toMillis(5));
        client.setFollowRedirects(false);
        client.setMaxConnectionsPerDestination(MAX_CONNECTIONS);
        client.getContentDecoderFactories().clear();
        try {
            client.start();
        } catch (Exception e) {
            throw new IOException("cannot start Jetty's HttpClient: " + e, e);
        }
    }

    static void stopClient(HttpClient client) throws IOException {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IOException("cannot stop Jetty's HttpClient: " + e, e);
        }
    }

    /** The response {@code pending} completes with, within the deadline; a failure names the endpoint. */
    static ContentResponse await(CompletableFuture<ContentResponse> pending, Endpoint endpoint, long deadlineMillis,
                                 String doing) throws IOException {
        try {
            // The request's own timeout ends the wait first; this one is a backstop.
            return pending.get(2 * deadlineMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(endpoint.transportId() + ": interrupted while " + doing);
        } catch (TimeoutException e) {
            throw Failures.timeout(endpoint, TimeUnit.MILLISECONDS.toNanos(deadlineMillis), doing, e);
        } catch (ExecutionException e) {
            Exception cause = e.getCause() instanceof Exception c ? c : e;
            if (cause instanceof TimeoutException) {
                throw Failures.timeout(endpoint, TimeUnit.MILLISECONDS.toNanos(deadlineMillis), doing, cause);
            }
            throw Failures.failed(endpoint, doing, cause);
        }
    }

    /**
     * A trial's hold on our daemon: one client (its pool), each of the session's clients with a
     * request body of its own, stamped with the sequence number before each send.
     */
    private static final class OurSession implements Session {
        private final Endpoint endpoint;
        private final HttpClient client = new HttpClient();
        private final Transport transport;
        private final URI uri;
        private final Sizes sizes;
        private final long deadlineMillis;
        private final String responseLength;
        private String version;

        OurSession(Endpoint endpoint, LibrarySocket kind, Sizes sizes, ClientConfig config) throws IOException {
            this.endpoint = endpoint;
            this.sizes = sizes;
            this.deadlineMillis = config.deadline().toMillis();
            this.responseLength = Integer.toString(sizes.responseLength());
            if (kind == LibrarySocket.UNIX) {
                this.transport = new Transport.TCPUnix(LibrarySocket.unix(endpoint));
                this.uri = URI.create("http://localhost" + PATH);
            } else {
                InetSocketAddress tcp = LibrarySocket.tcp(endpoint);
                this.transport = null;
                this.uri = URI.create("http://" + tcp.getAddress().getHostAddress() + ":" + tcp.getPort() + PATH);
            }
            startClient(client, deadlineMillis);
        }

        /** One request and its checked answer; the daemon's {@code Server} header names it. */
        String probe() throws IOException {
            try (OurExchange probe = new OurExchange(this, false)) {
                probe.send(0);
                return probe.answer(0).getHeaders().get(HttpHeader.SERVER);
            }
        }

        @Override
        public Exchange connect() {
            return new OurExchange(this, false);
        }

        /** Its one request says {@code Connection: close}: Jetty opens a connection for it and closes it after. */
        @Override
        public Exchange connectOnce() {
            return new OurExchange(this, true);
        }

        @Override
        public String daemonVersion() {
            return version;
        }

        @Override
        public void close() throws IOException {
            stopClient(client);
        }
    }

    /** One client of our daemon: its body buffer, its response check; one request outstanding at a time. */
    private static final class OurExchange implements Exchange {
        private final OurSession session;
        private final byte[] body;
        private final ResponseCheck check = new ResponseCheck();
        private final boolean once;
        private CompletableFuture<ContentResponse> pending;

        OurExchange(OurSession session, boolean once) {
            this.session = session;
            this.once = once;
            this.body = Payload.patternBytes(session.sizes.requestLength());
        }

        @Override
        public void send(int sequence) {
            if (Payload.stamped(body.length)) {
                ByteBuffer.wrap(body).putInt(0, sequence);
            }
            String stamp = Integer.toString(sequence);
            Request request = session.client.newRequest(session.uri).method("POST")
                    .timeout(session.deadlineMillis, TimeUnit.MILLISECONDS)
                    .headers(h -> h.put(SEQUENCE, stamp).put(RESPONSE_LENGTH, session.responseLength))
                    .body(new BytesRequestContent("application/octet-stream", body));
            if (session.transport != null) {
                request.transport(session.transport);
            }
            if (once) {
                request.headers(h -> h.put(HttpHeader.CONNECTION, "close"));
            }
            pending = new CompletableResponseListener(request, Math.max(session.sizes.responseLength(), 1024)).send();
        }

        @Override
        public void receive(int sequence) throws IOException {
            ContentResponse response = answer(sequence);
            String got = response.getHeaders().get(SEQUENCE);
            if (!Integer.toString(sequence).equals(got)) {
                throw wrong(sequence, "carries sequence " + got + " (lost, duplicated or reordered response)");
            }
            byte[] content = response.getContent();
            if (content.length != session.sizes.responseLength()) {
                throw wrong(sequence, "has a body of " + content.length + " bytes, expected "
                        + session.sizes.responseLength());
            }
            try {
                check.verifyPayload(ByteBuffer.wrap(content), 0, content.length, sequence, body.length);
            } catch (IOException e) {
                throw new IOException(session.endpoint.transportId() + ": http1 " + e.getMessage(), e);
            }
        }

        /** The answer to request {@code sequence}, whose status must be 200. */
        ContentResponse answer(int sequence) throws IOException {
            CompletableFuture<ContentResponse> answer = pending;
            pending = null;
            ContentResponse response = await(answer, session.endpoint, session.deadlineMillis,
                    "waiting for the http1 response to request " + sequence);
            if (response.getStatus() != 200) {
                throw wrong(sequence, "answered " + response.getStatus() + " " + response.getReason() + ": "
                        + response.getContentAsString());
            }
            return response;
        }

        private IOException wrong(int sequence, String what) {
            return new IOException(session.endpoint.transportId() + ": http1 response " + sequence + " " + what);
        }

        @Override
        public void close() {
            // the connection stays in the session's pool, closed with the session
        }
    }
}
