package ipcbench.transport.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.target.ExternalDaemon;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * http1 against a real nginx (skipped without one), over its socket file and its port: requests
 * with and without a body answer; a status or body length other than expected fails.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class Http1ProtocolTest {
    private static final int BODY = ExternalDaemon.NGINX_BODY.length();
    private static ExternalDaemon nginx;

    @BeforeAll
    static void startNginx() throws Exception {
        nginx = ExternalDaemon.nginx();
    }

    @AfterAll
    static void stopNginx() throws IOException {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void getAndPostAnswerOverBothEndpoints() throws IOException {
        for (String target : List.of(nginx.unixTarget(), nginx.tcpTarget())) {
            for (ProtocolRequest request : List.of(new ProtocolRequest("GET /ok", 0, "status=200 bytes=" + BODY),
                    new ProtocolRequest("POST /ok", 4096, "status=200 bytes=" + BODY),
                    new ProtocolRequest("GET /missing", 0, "status=404"))) {
                try (Session session = open(target, request)) {
                    assertTrue(session.daemonVersion().startsWith("nginx/"), session.daemonVersion());
                    try (Exchange exchange = session.connect()) {
                        for (int i = 0; i < 100; i++) {
                            exchange.roundTrip(i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void anotherStatusOrBodyLengthFailsNamingWhatCameBack() {
        for (String target : List.of(nginx.unixTarget(), nginx.tcpTarget())) {
            IOException status = assertThrows(IOException.class,
                    () -> open(target, new ProtocolRequest("GET /missing", 0, "-")).close());
            assertEquals("http1 at " + target + ": GET /missing (request 0) answered 404 Not Found, expected status 200",
                    status.getMessage());
            IOException length = assertThrows(IOException.class,
                    () -> open(target, new ProtocolRequest("GET /ok", 0, "status=200 bytes=5")).close());
            assertEquals("http1 at " + target + ": GET /ok (request 0) answered a body of " + BODY
                    + " bytes, expected 5", length.getMessage());
        }
    }

    private static Session open(String target, ProtocolRequest request) throws IOException {
        return Protocols.get("http1").open(TargetAddress.parse(target), request, ClientConfig.defaults());
    }
}
