package ipcbench.transport.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.StallInjector;
import ipcbench.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test-only delay of one transport's daemons (issue 17's gate study): parsed, refused when
 * malformed, applied to that transport's daemons only, announced by them, and answered correctly.
 */
class InjectedDelayTest {

    @ParameterizedTest
    @CsvSource({"uds-jdk:500ns, uds-jdk, 500", "tcp-nio:2us, tcp-nio, 2000", " pipe-stdio:1000000ns , pipe-stdio, 1000000"})
    void aDelayIsATransportAndATimeInNanosOrMicros(String spec, String transport, long nanos) {
        InjectedDelay delay = InjectedDelay.parse(spec);
        assertEquals(new InjectedDelay(transport, nanos), delay);
        assertEquals(delay, InjectedDelay.parse(delay.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uds-jdk", "uds-jdk:500", "uds-jdk:500ms", "uds-jdk:-5ns", "500ns", "uds-jdk:1.5us", ""})
    void aMalformedDelayIsRefusedShowingTheForm(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InjectedDelay.parse(spec));
        assertEquals("bad injected delay '" + spec + "' (expected TRANSPORT:NANOSns or TRANSPORT:MICROSus, e.g."
                + " uds-jdk:500ns)", e.getMessage());
    }

    @Test
    void anUnknownTransportOrATimeOutOfRangeIsRefusedSayingWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InjectedDelay.parse("uds-jdkk:500ns"))
                .getMessage().startsWith("unknown transport 'uds-jdkk'; known: tcp-socket, tcp-nio"));
        for (String spec : new String[] {"uds-jdk:0ns", "uds-jdk:1001us", "uds-jdk:99999999999999999999ns"}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> InjectedDelay.parse(spec)).getMessage()
                    .startsWith("an injected delay must be 1 ns to 1000 us, is "), spec);
        }
    }

    @Test
    void onlyTheNamedTransportsDaemonsDelay() {
        InjectedDelay delay = InjectedDelay.parse("uds-jdk:500ns");
        assertEquals(500, InjectedDelay.nanosFor(delay, "uds-jdk"));
        assertEquals(0, InjectedDelay.nanosFor(delay, "tcp-nio"));
        assertEquals(0, InjectedDelay.nanosFor(null, "uds-jdk"));
        DaemonOptions options = DaemonOptions.defaults().withInjectedDelay(delay);
        assertEquals(500, options.injectedDelayNanos("uds-jdk"));
        assertEquals(0, options.injectedDelayNanos("tcp-nio"));
        assertEquals(0, DaemonOptions.defaults().withInjectedDelay(null).injectedDelayNanos("uds-jdk"));
    }

    @Test
    void withoutADelayTheInjectorIsTheSameIdleOne() {
        assertSame(StallInjector.NONE, StallInjector.NONE.withDelay(0));
        assertEquals(0, StallInjector.NONE.delayNanos());
        assertEquals(700, StallInjector.NONE.withDelay(700).delayNanos());
    }

    @ParameterizedTest
    @ValueSource(strings = {"uds-jdk", "pipe-stdio", "uds-netty-epoll"})
    void aDelayedDaemonAnswersCorrectlyAndAnnouncesItsDelay(String transportId) throws Exception {
        DaemonOptions options = DaemonOptions.defaults().withInjectedDelay(new InjectedDelay(transportId, 20_000));
        for (Daemon.Mode mode : Daemon.Mode.values()) {
            if (mode == Daemon.Mode.IN_PROCESS && Transports.get(transportId).servesOverStdio()) {
                continue; // no in-process mode
            }
            try (Daemon daemon = Daemon.start(Transports.get(transportId), mode, options);
                 ClientConnection client = daemon.connect(ClientConfig.defaults())) {
                // the client verifies every answer's header, stamp and sampled bytes
                for (int i = 0; i < 50; i++) {
                    client.roundTrip(i, 64, 64);
                }
                client.roundTrip(50, 1 << 16, 1 << 16);
                client.roundTrip(51, 16, 4096);
                assertEquals(20_000, daemon.injectedDelayNanos(), mode.label());
            }
        }
    }

    @Test
    void aDaemonOfAnotherTransportNeitherDelaysNorAnnouncesOne() throws Exception {
        DaemonOptions options = DaemonOptions.defaults().withInjectedDelay(new InjectedDelay("uds-jdk", 20_000));
        try (Daemon daemon = Daemon.start(Transports.get("tcp-nio"), Daemon.Mode.PROCESS, options);
             ClientConnection client = daemon.connect(ClientConfig.defaults())) {
            client.roundTrip(0, 64, 64);
            assertEquals(0, daemon.injectedDelayNanos());
        }
    }
}
