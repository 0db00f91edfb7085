package ipcbench.transport.protocol;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;

/**
 * The one JSON-RPC method our jsonrpc daemon serves, as LSP4J declares a service: an interface
 * whose annotated method the client calls through a proxy and the daemon implements.
 *
 * <pre>
 *   --> {"jsonrpc":"2.0","id":"7","method":"ipcbench/echo","params":{"sequence":7,"responseLength":64,"payload":"AAAAAH..."}}
 *   <-- {"jsonrpc":"2.0","id":"7","result":{"sequence":7,"requestLength":64,"payload":"AAAAAH..."}}
 * </pre>
 */
public interface JsonRpcEcho {
    String METHOD = "ipcbench/echo";

    @JsonRequest(METHOD)
    CompletableFuture<Result> echo(Params params);

    /** A request's params: its sequence number, the answer's length, the payload. */
    final class Params {
        public int sequence;
        public int responseLength;
        public String payload;
    }

    /** A request's result: the sequence number and the request's length back, the answer's payload. */
    final class Result {
        public int sequence;
        public int requestLength;
        public String payload;
    }

    /** The client's side of the connection serves nothing: LSP4J still wants a local service. */
    interface Caller {
    }
}
