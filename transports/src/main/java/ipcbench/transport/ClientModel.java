package ipcbench.transport;

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
        return Named.of(ClientModel.class, ClientModel::id, id, "client model");
    }

    public static List<String> ids() {
        return Named.names(ClientModel.class, ClientModel::id);
    }
}
