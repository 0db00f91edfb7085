package ipcbench.transport;

import java.util.List;

/**
 * How a daemon schedules its connections: one axis of the matrix, declared here once. Which
 * transports offer which model is theirs to say ({@link Transport#whyNotServer}); what a model
 * needs from the daemon's JVM is said here.
 */
public enum ServerModel {
    /** The transport's natural model: a pooled thread per connection for a blocking API, Netty's event loop. */
    DEFAULT("default", 17),
    /** One thread and a {@code java.nio.channels.Selector} over non-blocking channels. */
    SELECTOR("selector", 17),
    /** A virtual thread per connection (JDK 21 and later). */
    VIRTUAL("virtual", 21);

    private final String id;
    private final int minimumJava;

    ServerModel(String id, int minimumJava) {
        this.id = id;
        this.minimumJava = minimumJava;
    }

    /** The name users pass, as JMH parameter {@code server}. */
    public String id() {
        return id;
    }

    /**
     * Why {@code transport}'s daemon cannot run this model in a JVM of feature release
     * {@code javaFeature} (17, 21, 25...), or null when it can.
     */
    public String whyNotFor(Transport transport, int javaFeature) {
        String why = transport.whyNotServer(this);
        return why != null ? why : whyNotOnJava(javaFeature);
    }

    private String whyNotOnJava(int javaFeature) {
        return javaFeature >= minimumJava ? null
                : "server model " + id + " needs a daemon JVM of " + minimumJava + " or later; the daemon's is "
                + javaFeature + " (give another with --daemon-java)";
    }

    public static ServerModel of(String id) {
        return Named.of(ServerModel.class, ServerModel::id, id, "server model");
    }

    public static List<String> ids() {
        return Named.names(ServerModel.class, ServerModel::id);
    }
}
