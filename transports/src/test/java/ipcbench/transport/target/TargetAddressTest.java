package ipcbench.transport.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoint syntax: only this machine's sockets are accepted, and the refusals say why, without connecting. */
class TargetAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unix:/run/redis/redis.sock | unix:/run/redis/redis.sock  | ",
        "tcp:127.0.0.1:6379         | tcp:127.0.0.1:6379          | 127.0.0.1",
        "tcp:127.1.2.3:80           | tcp:127.1.2.3:80            | 127.1.2.3",
        "tcp:localhost:8080         | tcp:127.0.0.1:8080          | 127.0.0.1",
        "tcp:[::1]:6379             | tcp:[0:0:0:0:0:0:0:1]:6379  | 0:0:0:0:0:0:0:1",
    })
    void acceptsSocketFilesAndLoopbackPorts(String text, String label, String host) {
        TargetAddress address = TargetAddress.parse(text);
        assertEquals(label, address.label());
        if (host == null) {
            assertTrue(address.isSocketFile());
            assertEquals(Path.of(text.substring(5)), address.socketFile());
            assertNull(address.tcp());
        } else {
            assertFalse(address.isSocketFile());
            assertEquals(host, address.tcp().getAddress().getHostAddress());
            assertEquals(Integer.parseInt(text.substring(text.lastIndexOf(':') + 1)), address.tcp().getPort());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tcp:10.0.0.5:6379        | 10.0.0.5 is not a loopback address",
        "tcp:192.168.1.1:80       | 192.168.1.1 is not a loopback address",
        "tcp:8.8.8.8:53           | 8.8.8.8 is not a loopback address",
        "tcp:0.0.0.0:6379         | 0.0.0.0 is not a loopback address",
        "tcp:[::]:6379            | [::] is not a loopback address",
        "tcp:[2001:db8::1]:80     | [2001:db8::1] is not a loopback address",
        "tcp:[::ffff:10.0.0.1]:80 | [::ffff:10.0.0.1] is not a loopback address",
        "tcp:example.com:80       | not the name 'example.com' (names are not looked up",
        "tcp:redis.internal:6379  | not the name 'redis.internal'",
        "tcp:127.0.0.1:0          | PORT must be a number from 1 to 65535, got '0'",
        "tcp:127.0.0.1:65536      | PORT must be a number from 1 to 65535, got '65536'",
        "tcp:127.0.0.1:redis      | PORT must be a number from 1 to 65535, got 'redis'",
        "tcp:127.0.0.1            | an endpoint is unix:/path/to/socket or tcp:HOST:PORT",
        "tcp:::1:6379             | an endpoint is unix:/path/to/socket or tcp:HOST:PORT",
        "127.0.0.1:6379           | an endpoint is unix:/path/to/socket or tcp:HOST:PORT",
        "http://127.0.0.1:80/     | an endpoint is unix:/path/to/socket or tcp:HOST:PORT",
        "/run/redis.sock          | an endpoint is unix:/path/to/socket or tcp:HOST:PORT",
        "unix:run/redis.sock      | the socket file must be an absolute path",
    })
    void refusesAnythingElseSayingWhy(String text, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetAddress.parse(text));
        assertTrue(e.getMessage().startsWith("endpoint '" + text + "' refused: "), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void refusesASocketPathTheKernelCannotHold() {
        String path = "/" + "s".repeat(107);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TargetAddress.parse("unix:" + path));
        assertTrue(e.getMessage().contains("at most 107 bytes"), e.getMessage());
        String fits = "/" + "s".repeat(106);
        assertEquals(Path.of(fits), TargetAddress.parse("unix:" + fits).socketFile());
    }
}
