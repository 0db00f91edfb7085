package ipcbench.bench.target;

import ipcbench.transport.protocol.ProtocolRequest;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.target.TargetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * What the command line asks of daemons nobody here wrote, for {@code target} and {@code load
 * --target} alike: the protocol, the request, what a good answer is; and the endpoints, checked.
 * Every check throws {@link IllegalArgumentException} with the message a user reads.
 */
public final class TargetOptions {
    @Option(names = "--protocol", paramLabel = "PROTOCOL",
            description = {"With --target: resp: Redis's protocol (Jedis): PING, or GET/SET of a --payload-byte value;",
                "http1: HTTP/1.1 (Jetty's client): --request 'METHOD PATH', a body of --payload bytes;",
                "raw: ipcbench's own frame, payload echoed.",
                "With --transport (load): what our daemons speak: raw (default), http1, grpc, jsonrpc (docs/protocols.md)."})
    public String protocol;

    @Option(names = "--request", defaultValue = ProtocolRequest.DEFAULT, paramLabel = "REQUEST",
            description = "resp: PING (default without --payload), GET (default with it: the value is SET once) or"
                    + " SET; http1: 'METHOD PATH' (default 'GET /').")
    public String request;

    @Option(names = "--expect-status", paramLabel = "NNN", description = "http1: the status a good answer has (default 200).")
    public Integer expectStatus;

    @Option(names = "--expect-bytes", paramLabel = "BYTES",
            description = "http1: the body length a good answer has (default: any).")
    public Integer expectBytes;

    /** The request as the protocol will send it, its defaults filled in, so the results say what was measured. */
    public ProtocolRequest resolve(int payload) {
        if (protocol == null) {
            throw new IllegalArgumentException("--protocol is required with a target (valid: " + String.join(", ",
                    Protocols.all().values().stream().filter(p -> p.speaksToTargets()).map(p -> p.id()).toList()) + ")");
        }
        if (payload < 0) {
            throw new IllegalArgumentException("--payload must not be negative, got " + payload);
        }
        if (request.contains(",")) {
            throw new IllegalArgumentException("--request '" + request + "': a comma cannot be passed to JMH's -p");
        }
        boolean http = protocol.equals("http1");
        if (!http && (expectStatus != null || expectBytes != null)) {
            throw new IllegalArgumentException("--expect-status and --expect-bytes are for --protocol http1; " + protocol
                    + " checks every answer itself");
        }
        String expect = !http ? ProtocolRequest.DEFAULT : "status=" + (expectStatus == null ? 200 : expectStatus)
                + (expectBytes == null ? "" : " bytes=" + expectBytes);
        return Protocols.get(protocol).resolve(new ProtocolRequest(request, payload, expect));
    }

    /** Whether a request or an expectation was given: they mean nothing to our daemons. */
    public boolean requestGiven() {
        return !request.equals(ProtocolRequest.DEFAULT) || expectStatus != null || expectBytes != null;
    }

    /** Whether any of these options was given: they mean nothing without a target. */
    public boolean given() {
        return protocol != null || !request.equals(ProtocolRequest.DEFAULT) || expectStatus != null
                || expectBytes != null;
    }

    /** The endpoints, each well formed and named once. */
    public static List<TargetAddress> endpoints(List<String> texts) {
        List<TargetAddress> endpoints = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String text : texts) {
            TargetAddress address = TargetAddress.parse(text);
            if (!seen.add(address.label())) {
                throw new IllegalArgumentException("endpoint " + address + " is named twice");
            }
            if (text.contains(",")) {
                throw new IllegalArgumentException("endpoint '" + text + "': a comma cannot be passed to JMH's -p");
            }
            endpoints.add(address);
        }
        return endpoints;
    }
}
