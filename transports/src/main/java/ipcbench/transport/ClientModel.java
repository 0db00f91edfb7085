package ipcbench.transport;

import java.util.Arrays;
import java.util.List;

/** How a client waits for its responses: one axis of the matrix, declared here once. */
public enum ClientModel {
    /** The transport's natural client: the caller's blocking read, or Netty's event loop handing responses over. */
    DEFAULT("default"),
    /** The calling thread drives the connection's I/O itself, so a blocking caller pays no thread hand-off. */
    CALLER("caller");

    private final String id;

    ClientModel(String id) {
        this.id = id;
    }

    /** The name users pass, as JMH parameter {@code client}. */
    public String id() {
        return id;
    }

    public static ClientModel of(String id) {
        for (ClientModel model : values()) {
            if (model.id.equals(id)) {
                return model;
            }
        }
        throw new IllegalArgumentException("unknown client model '" + id + "'; known: " + String.join(", ", ids()));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ClientModel::id).toList();
    }
}
