package ipcbench.transport.protocol;

import ipcbench.transport.DaemonLog;
import java.io.InputStream;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * LSP4J's {@code Launcher.Builder}, with two things its own lacks for a daemon: a limit on a
 * message's {@code Content-Length} (LSP4J reads whatever length a header declares; one beyond the
 * limit ends the connection, with a log line, instead of reading on into the next requests) and its
 * reader's errors as our log lines (LSP4J logs them through {@code java.util.logging}), and a hook
 * for the end of the connection (to release it). Everything else is LSP4J's: Gson, the remote
 * endpoint, the proxy, the reader thread.
 */
final class JsonRpcLauncher<T> extends Launcher.Builder<T> {
    private final int maxContentLength;
    private final DaemonLog log;
    private final String name;
    private final Runnable onEnd;
    private MessageJsonHandler jsonHandler;
    private RemoteEndpoint remoteEndpoint;

    /**
     * @param log   where the reader's errors go, prefixed with {@code name}; null: LSP4J's own logging
     * @param onEnd run on the reader thread once it has stopped reading (end of stream, a refused message)
     */
    JsonRpcLauncher(int maxContentLength, DaemonLog log, String name, Runnable onEnd) {
        this.maxContentLength = maxContentLength;
        this.log = log;
        this.name = name;
        this.onEnd = onEnd;
    }

    @Override
    protected MessageJsonHandler createJsonHandler() {
        jsonHandler = super.createJsonHandler();
        return jsonHandler;
    }

    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
        remoteEndpoint = super.createRemoteEndpoint(handler);
        return remoteEndpoint;
    }

    /** LSP4J's processor, over our producer (its reader, bounded) in place of the one {@code create()} made. */
    @Override
    protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
                                                                T remoteProxy) {
        BoundedProducer bounded = new BoundedProducer(input, jsonHandler, remoteEndpoint);
        return new ConcurrentMessageProcessor(bounded, consumer) {
            @Override
            protected void processingEnded() {
                super.processingEnded();
                onEnd.run();
            }
        };
    }

    private final class BoundedProducer extends StreamMessageProducer {
        BoundedProducer(InputStream input, MessageJsonHandler handler, MessageIssueHandler issues) {
            super(input, handler, issues);
        }

        @Override
        protected boolean handleMessage(InputStream input, Headers headers) throws java.io.IOException {
            if (headers.contentLength > maxContentLength) {
                report(name + " closed: a Content-Length of " + headers.contentLength + " bytes, over the maximum "
                        + maxContentLength);
                return false; // stop reading: the connection ends
            }
            return super.handleMessage(input, headers);
        }

        @Override
        protected void fireError(Throwable error) {
            if (log == null) {
                super.fireError(error);
            } else {
                report(name + ": refused a message: " + error);
            }
        }

        @Override
        protected void fireStreamClosed(Exception cause) {
            // the peer hung up: the end of the connection, not an error
        }

        private void report(String line) {
            if (log == null) {
                super.fireError(new IllegalStateException(line));
            } else {
                log.log(line);
            }
        }
    }
}
