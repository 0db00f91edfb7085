package ipcbench.transport.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.target.ExternalDaemon;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Jedis;

/**
 * resp against a real redis-server (skipped without one), over its socket file and its port:
 * every request kind answers and verifies, the daemon's version is read, and the keys written are
 * gone afterwards while a key of someone else's is left as it was.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RespProtocolTest {
    private static ExternalDaemon redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = ExternalDaemon.redis();
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void pingGetAndSetAnswerOverBothEndpointsAndLeaveOnlyOtherPeoplesKeys() throws IOException {
        try (Jedis other = new Jedis("127.0.0.1", redis.port())) {
            other.set("someone:else", "keep me");
            for (String target : List.of(redis.unixTarget(), redis.tcpTarget())) {
                for (ProtocolRequest request : List.of(new ProtocolRequest("PING", 0, "-"),
                        new ProtocolRequest("GET", 1000, "-"), new ProtocolRequest("SET", 1000, "-"),
                        new ProtocolRequest("GET", 0, "-"))) {
                    try (Session session = open(target, request)) {
                        assertTrue(session.daemonVersion().matches("redis \\d+\\.\\d+\\.\\d+"), session.daemonVersion());
                        try (Exchange first = session.connect(); Exchange second = session.connect()) {
                            for (int i = 0; i < 200; i++) {
                                first.roundTrip(i);
                                second.roundTrip(i);
                            }
                            if (!request.request().equals("PING")) {
                                assertEquals(3, other.dbSize(), target + " " + request + ": " + other.keys("*"));
                            }
                        }
                    }
                    assertEquals(Set.of("someone:else"), other.keys("*"), target + " " + request);
                }
            }
            assertEquals("keep me", other.get("someone:else"));
        }
    }

    @Test
    void aValueChangedBehindItsBackFailsTheRun() throws IOException {
        try (Jedis other = new Jedis("127.0.0.1", redis.port());
             Session session = open(redis.unixTarget(), new ProtocolRequest("GET", 100, "-"))) {
            Exchange exchange = session.connect();
            exchange.roundTrip(1);
            String key = other.keys(RespProtocol.KEY_PREFIX + "*").iterator().next();
            other.set(key, "x".repeat(100));
            IOException e = assertThrows(IOException.class, () -> exchange.roundTrip(2));
            assertTrue(e.getMessage().endsWith("request 2: GET returned 100 bytes that differ from the 100 set"),
                    e.getMessage());
            exchange.close();
        }
    }

    private static Session open(String target, ProtocolRequest request) throws IOException {
        return Protocols.get("resp").open(TargetAddress.parse(target), request, ClientConfig.defaults());
    }
}
