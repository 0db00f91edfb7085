package ipcbench.transport.protocol;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.Endpoint;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.target.TargetAddress;
import ipcbench.transport.target.TargetPeer;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.Protocol.Command;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis's protocol through Jedis, which reads and writes on the caller's thread (a socket file
 * through junixsocket's {@code AFUNIXSocket}): {@code PING}; {@code GET} of a {@code payload}-byte
 * value this session {@code SET} once, compared in full with what was set on every reply; or
 * {@code SET} of such a value, stamped with the request's sequence number and read back when the
 * client closes. Keys are {@code ipcbench:<session>:<client>}, removed when the client or, failing
 * that, the session closes; nothing else is written or deleted (no FLUSHALL, no DEL of other keys).
 */
final class RespProtocol implements Protocol {
    static final String PING = "PING";
    static final String GET = "GET";
    static final String SET = "SET";
    /** Every key this tool writes starts so; a run killed with SIGKILL can be cleaned up by it. */
    static final String KEY_PREFIX = "ipcbench:";

    @Override
    public String id() {
        return "resp";
    }

    @Override
    public String description() {
        return "Redis's RESP through Jedis: PING, or GET or SET of a payload-byte value, compared with what was set";
    }

    @Override
    public ProtocolRequest resolve(ProtocolRequest asked) {
        String command = asked.request().equals(ProtocolRequest.DEFAULT) ? (asked.payload() == 0 ? PING : GET)
                : asked.request().toUpperCase(Locale.ROOT);
        if (!List.of(PING, GET, SET).contains(command)) {
            throw new IllegalArgumentException("resp sends PING, GET or SET (of a key of its own), not '"
                    + asked.request() + "'");
        }
        if (command.equals(PING) && asked.payload() != 0) {
            throw new IllegalArgumentException("PING carries no value: a payload is for GET or SET");
        }
        if (!asked.expect().equals(ProtocolRequest.DEFAULT)) {
            throw new IllegalArgumentException("resp checks every reply itself (PONG, OK, the value set); nothing to"
                    + " expect ('" + asked.expect() + "')");
        }
        return asked.with(command, ProtocolRequest.DEFAULT);
    }

    @Override
    public Session open(TargetAddress address, ProtocolRequest request, ClientConfig config) throws IOException {
        RespSession session = new RespSession(address, resolve(request), config);
        try (Exchange probe = session.connect()) {
            probe.roundTrip(0);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        session.version = session.askVersion();
        return session;
    }

    private static final class RespSession implements Session {
        private final TargetAddress address;
        private final Endpoint endpoint;
        private final String command;
        private final int payload;
        private final int deadlineMillis;
        private final String keyPrefix = KEY_PREFIX + UUID.randomUUID().toString().substring(0, 8) + ":";
        private final AtomicInteger clients = new AtomicInteger();
        /** Keys written and not removed yet: what {@link #close} removes. */
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        private String version;

        RespSession(TargetAddress address, ProtocolRequest request, ClientConfig config) {
            this.address = address;
            this.endpoint = TargetPeer.endpoint("resp", address);
            this.command = request.request();
            this.payload = request.payload();
            this.deadlineMillis = (int) Math.min(Integer.MAX_VALUE, config.deadline().toMillis());
            // A run stopped with Ctrl-C or a TERM ends its JVM without JMH's tear-down: its keys go all the same.
            Runtime.getRuntime().addShutdownHook(removeAtExit);
        }

        private final Thread removeAtExit = new Thread(() -> {
            try {
                removeWritten();
            } catch (IOException e) {
                System.err.println("ipcbench: " + e.getMessage());
            }
        }, "ipcbench-resp-keys");

        /** A connection that waits at most the deadline for any connect, read or write. */
        FlushingConnection connection() throws IOException {
            JedisClientConfig jedis = DefaultJedisClientConfig.builder().connectionTimeoutMillis(deadlineMillis)
                    .socketTimeoutMillis(deadlineMillis).clientSetInfoConfig(ClientSetInfoConfig.DISABLED).build();
            JedisSocketFactory sockets = address.isSocketFile() ? this::socketFileSocket
                    : new DefaultJedisSocketFactory(new HostAndPort(address.tcp().getAddress().getHostAddress(),
                    address.tcp().getPort()), jedis);
            try {
                return new FlushingConnection(sockets, jedis);
            } catch (JedisException e) {
                throw failure("connecting", e);
            }
        }

        private Socket socketFileSocket() {
            try {
                AFUNIXSocket socket = AFUNIXSocket.newInstance();
                socket.connect(AFUNIXSocketAddress.of(address.socketFile()), deadlineMillis);
                socket.setSoTimeout(deadlineMillis);
                return socket;
            } catch (IOException e) {
                throw new JedisConnectionException(e);
            }
        }

        @Override
        public Exchange connect() throws IOException {
            String key = keyPrefix + clients.getAndIncrement();
            FlushingConnection connection = connection();
            RespExchange exchange = new RespExchange(this, connection, key.getBytes(StandardCharsets.UTF_8));
            if (!command.equals(PING)) {
                written.add(key);
                if (command.equals(GET)) {
                    try {
                        exchange.write(SET, 0);
                        exchange.read(SET, 0);
                    } catch (JedisException e) {
                        connection.close();
                        throw failure("setting " + key, e);
                    } catch (IOException e) {
                        connection.close();
                        throw e;
                    }
                }
            }
            return exchange;
        }

        @Override
        public String daemonVersion() {
            return version;
        }

        /** {@code INFO server}'s version line: what the daemon says it is, or null (a server without INFO). */
        String askVersion() {
            try (Connection connection = connection()) {
                connection.sendCommand(Command.INFO, "server");
                for (String line : connection.getBulkReply().split("\r\n")) {
                    if (line.startsWith("redis_version:")) {
                        return "redis " + line.substring(line.indexOf(':') + 1);
                    }
                }
                return null;
            } catch (IOException | JedisException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                Runtime.getRuntime().removeShutdownHook(removeAtExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            removeWritten();
        }

        /** Removes the keys a client could not remove itself (its connection failed), over a connection of its own. */
        void removeWritten() throws IOException {
            if (written.isEmpty()) {
                return;
            }
            try (Connection connection = connection()) {
                for (String key : List.copyOf(written)) {
                    connection.sendCommand(Command.DEL, key);
                    connection.getIntegerReply();
                    written.remove(key);
                }
            } catch (JedisException e) {
                throw failure("removing its keys " + written, e);
            }
        }

        IOException failure(String doing, JedisException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SocketTimeoutException timeout) {
                return Failures.timeout(endpoint, deadlineMillis * 1_000_000L, doing, timeout);
            }
            return Failures.failed(endpoint, doing, e);
        }
    }

    /** Jedis's connection, made to send what it has written now: a request leaves before its answer is read. */
    private static final class FlushingConnection extends Connection {
        FlushingConnection(JedisSocketFactory sockets, JedisClientConfig config) {
            super(sockets, config);
        }

        void flushNow() {
            flush();
        }
    }

    /** One connection of one client; its value buffer is reused, its key its own. */
    private static final class RespExchange implements Exchange {
        private final RespSession session;
        private final FlushingConnection connection;
        private final byte[] key;
        private final byte[] value;
        private boolean broken;

        RespExchange(RespSession session, FlushingConnection connection, byte[] key) {
            this.session = session;
            this.connection = connection;
            this.key = key;
            this.value = Payload.patternBytes(session.payload);
        }

        @Override
        public void send(int sequence) throws IOException {
            try {
                write(session.command, sequence);
            } catch (JedisException e) {
                broken = true;
                throw session.failure("sending " + session.command + " " + sequence, e);
            }
        }

        @Override
        public void receive(int sequence) throws IOException {
            try {
                read(session.command, sequence);
            } catch (JedisException e) {
                broken = true;
                throw session.failure("waiting for the reply to " + session.command + " " + sequence, e);
            }
        }

        /** Writes {@code command}; a SET carries the value stamped with {@code sequence}, so the read-back tells it from an older one. */
        void write(String command, int sequence) {
            switch (command) {
                case PING -> connection.sendCommand(Command.PING);
                case GET -> connection.sendCommand(Command.GET, key);
                default -> {
                    if (Payload.stamped(value.length)) {
                        value[0] = (byte) (sequence >>> 24);
                        value[1] = (byte) (sequence >>> 16);
                        value[2] = (byte) (sequence >>> 8);
                        value[3] = (byte) sequence;
                    }
                    connection.sendCommand(Command.SET, key, value);
                }
            }
            connection.flushNow();
        }

        /** Reads the reply to {@code command} and checks it: PONG, OK, or the very value set. */
        void read(String command, int sequence) throws IOException {
            if (command.equals(GET)) {
                byte[] got = connection.getBinaryBulkReply();
                if (!Arrays.equals(got, value)) {
                    throw wrong(sequence, "GET returned " + (got == null ? "no value (the key is gone)"
                            : got.length + " bytes that differ from the " + value.length + " set"));
                }
                return;
            }
            String expected = command.equals(PING) ? "PONG" : "OK";
            String reply = connection.getStatusCodeReply();
            if (!expected.equals(reply)) {
                throw wrong(sequence, command + " answered '" + reply + "', expected " + expected);
            }
        }

        private IOException wrong(int sequence, String what) {
            return new IOException(session.endpoint.transportId() + ": request " + sequence + ": " + what);
        }

        /** Reads a SET value back (the last one must be there, whole), then removes the key. */
        @Override
        public void close() throws IOException {
            try (connection) {
                if (broken || session.command.equals(PING)) {
                    return;
                }
                String name = new String(key, StandardCharsets.UTF_8);
                try {
                    if (session.command.equals(SET)) {
                        write(GET, -1);
                        read(GET, -1);
                    }
                    connection.sendCommand(Command.DEL, key);
                    connection.getIntegerReply();
                    session.written.remove(name);
                } catch (JedisException e) {
                    throw session.failure("reading back and removing " + name, e);
                }
            }
        }
    }
}
