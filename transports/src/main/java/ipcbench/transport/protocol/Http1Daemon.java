package ipcbench.transport.protocol;

import ipcbench.transport.DaemonLog;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.SocketBacklog;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.SelectorManager;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Our HTTP/1.1 daemon: Jetty's {@code Server} on its own thread pool, with a
 * {@code UnixDomainServerConnector} on a socket file or a {@code ServerConnector} on a loopback port.
 * One request is shaped like a Docker API call: {@code POST /v1.47/ipcbench/echo} with a body of
 * {@code payload} bytes, {@value Http1Protocol#SEQUENCE} and {@value Http1Protocol#RESPONSE_LENGTH}
 * headers; the answer is {@code 200}, the sequence header back and a body of the length asked for
 * (the request's bytes, then the shared pattern), as the frame's daemon answers.
 *
 * <p>Whatever Jetty refuses before the handler (a malformed request line, headers over 8 KiB) and
 * whatever the handler refuses (a body over the maximum, missing headers) goes through the error
 * handler, which writes one log line; Jetty answers with the status (closing the connection after a
 * request it could not parse) and serves the others on.
 */
final class Http1Daemon implements ipcbench.transport.Server {
    /** Jetty's default header limit, said here because the bad-input tests go past it. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private static final HttpField CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
            "application/octet-stream");

    private final Server server;
    private final AbstractConnector connector;
    private final Path socketFile;
    private final String address;
    private final String model;

    private Http1Daemon(Server server, AbstractConnector connector, Path socketFile, String address, String model) {
        this.server = server;
        this.connector = connector;
        this.socketFile = socketFile;
        this.address = address;
        this.model = model;
    }

    static Http1Daemon bind(LibrarySocket kind, ServerConfig config) throws IOException {
        if (config.allowUids().restricted()) {
            throw new IllegalArgumentException("http1's daemon is Jetty's, which does not check peer credentials:"
                    + " --allow-uid is for the raw frame's Unix domain socket transports");
        }
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("ipcbench-http1");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        HttpConnectionFactory factory = new HttpConnectionFactory(http);
        AbstractConnector connector;
        Path socketFile = null;
        if (kind == LibrarySocket.UNIX) {
            socketFile = LibrarySocket.socketFile(config, "http1");
            UnixDomainServerConnector unix = new UnixDomainServerConnector(server, factory);
            unix.setUnixDomainPath(socketFile);
            unix.setAcceptQueueSize(SocketBacklog.somaxconn());
            connector = unix;
        } else {
            ServerConnector tcp = new ServerConnector(server, factory);
            tcp.setHost(LibrarySocket.listenAddress(config).getAddress().getHostAddress());
            tcp.setPort(config.port());
            tcp.setAcceptQueueSize(SocketBacklog.somaxconn());
            connector = tcp;
        }
        server.addConnector(connector);
        server.setHandler(new EchoHandler(config));
        server.setErrorHandler(new LoggingErrorHandler(config.log()));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("cannot start Jetty's server: " + e, e);
        }
        String address;
        if (socketFile != null) {
            LibrarySocket.restrict(socketFile);
            address = socketFile.toString();
        } else {
            address = LibrarySocket.address(((ServerConnector) connector).getLocalPort());
        }
        String model = "Jetty " + Server.getVersion() + " " + (socketFile != null ? "UnixDomainServerConnector"
                : "ServerConnector") + ": " + connector.getAcceptors() + " acceptor(s), "
                + connector.getBean(SelectorManager.class).getSelectorCount() + " selector(s) and a QueuedThreadPool"
                + " of up to " + threads.getMaxThreads() + " threads running a blocking handler";
        return new Http1Daemon(server, connector, socketFile, address, model);
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public void serve() throws IOException {
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        stopQuietly(server);
        if (socketFile != null) {
            LibrarySocket.remove(socketFile);
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: nothing more to do
        }
    }

    /** The answer to one request, on one of Jetty's threads (a blocking handler, Jetty's default). */
    private static final class EchoHandler extends Handler.Abstract {
        private final ServerConfig config;

        EchoHandler(ServerConfig config) {
            this.config = config;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (!"POST".equals(request.getMethod()) || !Http1Protocol.PATH.equals(request.getHttpURI().getPath())) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404,
                        "ipcbench answers POST " + Http1Protocol.PATH + " only, not " + request.getMethod() + " "
                                + request.getHttpURI().getPath());
                return true;
            }
            HttpFields headers = request.getHeaders();
            long sequence = headers.getLongField(Http1Protocol.SEQUENCE);
            long responseLength = headers.getLongField(Http1Protocol.RESPONSE_LENGTH);
            long requestLength = request.getLength();
            String bad = sequence < 0 || sequence > 0xffffffffL ? "no or a bad " + Http1Protocol.SEQUENCE + " header"
                    : responseLength < 0 ? "no or a bad " + Http1Protocol.RESPONSE_LENGTH + " header"
                    : responseLength > config.maxPayload() ? "a response of " + responseLength
                    + " bytes asked for, over the maximum " + config.maxPayload()
                    : requestLength < 0 ? "no Content-Length" : null;
            if (bad != null) {
                Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, bad);
                return true;
            }
            if (requestLength > config.maxPayload()) {
                Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                        "a body of " + requestLength + " bytes, over the maximum " + config.maxPayload());
                return true;
            }
            ByteBuffer body = Content.Source.asByteBuffer(request);
            int got = body.remaining();
            config.stall().beforeResponse();
            int length = (int) responseLength;
            response.setStatus(HttpStatus.OK_200);
            HttpFields.Mutable out = response.getHeaders();
            out.put(CONTENT_TYPE);
            out.put(Http1Protocol.SEQUENCE, sequence);
            out.put(HttpHeader.CONTENT_LENGTH, length);
            if (length <= got) {
                body.limit(body.position() + length);
                response.write(true, body, callback);
            } else {
                ByteBuffer rest = Payload.sharedPattern(length).slice(got, length - got);
                response.write(false, body, Callback.from(() -> response.write(true, rest, callback), callback::failed));
            }
            return true;
        }
    }

    /** Jetty's error page, and one log line per refused request: what was wrong and from where. */
    private static final class LoggingErrorHandler extends ErrorHandler {
        private final DaemonLog log;

        LoggingErrorHandler(DaemonLog log) {
            this.log = log;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Object status = request.getAttribute(ERROR_STATUS);
            Object message = request.getAttribute(ERROR_MESSAGE);
            Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
            String from = Request.getRemoteAddr(request);
            log.log("connection from " + (from == null || from.isEmpty() ? "a socket-file peer" : from)
                    + ": refused with " + status + " "
                    + (message != null ? message : cause != null ? cause.getMessage() : ""));
            return super.handle(request, response, callback);
        }
    }
}
