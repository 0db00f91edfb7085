package ipcbench.report.jmh;

import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JMH parameters {@code server} and {@code client}: how the daemon schedules connections and
 * how the client waits for responses. Results from before these parameters existed have neither,
 * and were measured with the transport's own models, {@code default}.
 */
public final class ModelParams {
    public static final String SERVER = "server";
    public static final String CLIENT = "client";
    /** What daemon and client spoke; results from before it was a parameter spoke our frame, {@code raw}. */
    public static final String PROTOCOL = "protocol";
    public static final String RAW = "raw";

    private ModelParams() {
    }

    /** The server model of a result's parameters; {@code default} when they do not name one. */
    public static String server(Map<String, String> params) {
        return params.getOrDefault(SERVER, ServerModel.DEFAULT.id());
    }

    /** The client model of a result's parameters; {@code default} when they do not name one. */
    public static String client(Map<String, String> params) {
        return params.getOrDefault(CLIENT, ClientModel.DEFAULT.id());
    }

    /** The value a result without parameter {@code name} was measured at, or null for a parameter not named here. */
    public static String defaultOf(String name) {
        return switch (name) {
            case SERVER -> ServerModel.DEFAULT.id();
            case CLIENT -> ClientModel.DEFAULT.id();
            case PROTOCOL -> RAW;
            default -> null;
        };
    }

    /** The protocol of a result's parameters; {@code raw} when they do not name one. */
    public static String protocol(Map<String, String> params) {
        return params.getOrDefault(PROTOCOL, RAW);
    }

    /**
     * The parameters without the models (and the protocol) that are at their default, so that a result of an older run
     * is the same series as one at the default models, and one with another model is not.
     */
    public static Map<String, String> withoutDefaults(Map<String, String> params) {
        Map<String, String> kept = new LinkedHashMap<>(params);
        kept.remove(SERVER, ServerModel.DEFAULT.id());
        kept.remove(CLIENT, ClientModel.DEFAULT.id());
        kept.remove(PROTOCOL, RAW);
        return kept;
    }
}
