package ipcbench.transport.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every protocol by name. Adding one: write its class, add one line here. */
public final class Protocols {
    private static final Map<String, Protocol> BY_ID = new LinkedHashMap<>();

    static {
        register(new RawProtocol());
        register(new RespProtocol());
        register(new Http1Protocol());
        register(new JsonRpcProtocol());
        register(new GrpcProtocol());
    }

    private Protocols() {
    }

    private static void register(Protocol protocol) {
        if (BY_ID.putIfAbsent(protocol.id(), protocol) != null) {
            throw new IllegalStateException("two protocols named " + protocol.id());
        }
    }

    /** The protocol named {@code id}; the message lists the known names otherwise. */
    public static Protocol get(String id) {
        Protocol protocol = BY_ID.get(id);
        if (protocol == null) {
            throw new IllegalArgumentException("unknown protocol '" + id + "' (valid: " + String.join(", ", ids()) + ")");
        }
        return protocol;
    }

    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    public static Map<String, Protocol> all() {
        return Collections.unmodifiableMap(BY_ID);
    }
}
