package ipcbench.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transport;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.Transports;
import org.junit.jupiter.api.Test;

/** A transport that cannot run on this machine is recorded with its cause, before any other reason. */
class ApplicabilityTest {
    private static final Protocol RAW = Protocols.get("raw");

    @Test
    void anUnavailableTransportIsNotApplicableHereWithItsCause() {
        assertEquals("blocked is not available here: Netty io_uring is not available: denied by seccomp",
                Applicability.whyNotHere("RoundTrip", new Blocked(), 1, RAW, ServerModel.DEFAULT, ClientModel.DEFAULT, 17));
        assertEquals("blocked is not available here: Netty io_uring is not available: denied by seccomp",
                Applicability.whyNotHere("RoundTrip", new Blocked(), 1, RAW, ServerModel.SELECTOR, ClientModel.CALLER, 17));
    }

    @Test
    void anAvailableTransportHasTheReasonsOfWhyNot() {
        Transport udsJdk = Transports.get("uds-jdk");
        assertNull(Applicability.whyNotHere("RoundTrip", udsJdk, 1, RAW, ServerModel.DEFAULT, ClientModel.DEFAULT, 17));
        assertEquals(Applicability.whyNot("RoundTrip", udsJdk, 1, ServerModel.VIRTUAL, ClientModel.DEFAULT, 17),
                Applicability.whyNotHere("RoundTrip", udsJdk, 1, RAW, ServerModel.VIRTUAL, ClientModel.DEFAULT, 17));
    }

    /** As io_uring under Docker's default seccomp profile: never started here, only asked. */
    private static final class Blocked implements Transport {
        @Override
        public String id() {
            return "blocked";
        }

        @Override
        public String description() {
            return "blocked";
        }

        @Override
        public String unavailabilityCause() {
            return "Netty io_uring is not available: denied by seccomp";
        }

        @Override
        public Server bind(ServerConfig config) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ClientConnection connect(Endpoint endpoint, ClientConfig config) {
            throw new UnsupportedOperationException();
        }
    }
}
