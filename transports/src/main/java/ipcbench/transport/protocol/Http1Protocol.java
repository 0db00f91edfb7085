package ipcbench.transport.protocol;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.Endpoint;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.target.TargetAddress;
import ipcbench.transport.target.TargetPeer;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * {@code Transport.TCPUnix}): {@code METHOD PATH}, with a body of {@code payload} bytes when there
 * is one. A response with another status than expected, or with a body of another length when a
 * length is expected, fails the run. Responses are not decompressed (no {@code Accept-Encoding}),
 * so the length checked is the length sent. The clients of a trial share the client's connection
 * pool, one keep-alive connection per client at a time, as an application would.
 */
final class Http1Protocol implements Protocol {
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
        return "HTTP/1.1 through Jetty's HttpClient: METHOD PATH, optional body, status and body length checked";
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
            String doing = "waiting for the response to " + label + " (request " + sequence + ")";
            ContentResponse response;
            try {
                // The request's own timeout ends the wait first; this one is a backstop.
                response = pending.get(2 * deadlineMillis, TimeUnit.MILLISECONDS);
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
            try {
                client.stop();
            } catch (Exception e) {
                throw new IOException("cannot stop Jetty's HttpClient: " + e, e);
            }
        }
    }
}
