package ipcbench.bench.cli;

import ipcbench.bench.jmh.Applicability;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code list}: one line per registered transport: its id, whether it can run here (and why
 * not), what it is, the families it takes part in, and the server and client models it offers,
 * from the same applicability rules the runner uses.
 */
@Command(name = "list", description = "What can be measured: one line per transport: id, available or unavailable: <cause>,"
                + " what it is, the families it takes part in, its server models (-p server=...) and client models"
                + " (-p client=...); then the protocols (-p protocol=...), each with the transports our daemons speak it"
                + " over; target and load --target speak them to daemons nobody here wrote.")
public final class ListCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "This text.")
    boolean help;


    @Override
    public Integer call() {
        int width = Transports.ids().stream().mapToInt(String::length).max().orElse(0);
        for (Transport transport : Transports.all().values()) {
            System.out.println(line(transport, width));
        }
        // What our daemons speak over which transports (-p protocol=...), and what target and load
        // --target speak to daemons nobody here wrote (docs/targets.md, docs/protocols.md).
        System.out.println();
        for (Protocol protocol : Protocols.all().values()) {
            System.out.println(protocolLine(protocol));
        }
        return 0;
    }

    /** A protocol: what it is, and the transports our daemons speak it over (from the same rules as the runner). */
    static String protocolLine(Protocol protocol) {
        List<String> over = Transports.all().values().stream().filter(t -> protocol.whyNotOver(t) == null)
                .map(Transport::id).toList();
        String ours = over.isEmpty() ? "target only" : over.size() == Transports.ids().size() ? "over every transport"
                : "over " + String.join(", ", over);
        return String.format("protocol %-7s %s  [%s]", protocol.id(), protocol.description(), ours);
    }

    static String line(Transport transport, int idWidth) {
        String cause = transport.unavailabilityCause();
        String availability = cause == null ? "available" : "unavailable: " + cause;
        return String.format("%-" + idWidth + "s  %-9s  %s  [%s]  server: %s  client: %s", transport.id(), availability,
                transport.description(), String.join(", ", families(transport)), String.join(", ", servers(transport)),
                String.join(", ", clients(transport)));
    }

    /** The server models {@code transport} offers on some JDK; one that needs a newer JDK than 17 says which. */
    static List<String> servers(Transport transport) {
        List<String> models = new ArrayList<>();
        for (ServerModel model : ServerModel.values()) {
            if (model.whyNotFor(transport, Integer.MAX_VALUE) == null) {
                models.add(model.id() + (model.whyNotFor(transport, 17) == null ? "" : " (JDK 21+)"));
            }
        }
        return models;
    }

    static List<String> clients(Transport transport) {
        return Arrays.stream(ClientModel.values()).filter(model -> transport.whyNotClient(model) == null)
                .map(ClientModel::id).toList();
    }

    /** The families {@code transport} takes part in; a limit on clients is said. */
    static List<String> families(Transport transport) {
        List<String> families = new ArrayList<>();
        for (Family family : Family.values()) {
            if (Applicability.whyNot(family.benchmark(), transport, 1) != null) {
                continue;
            }
            boolean limited = family == Family.CONCURRENCY && transport.maxClients() < Integer.MAX_VALUE;
            families.add(family.label() + (limited ? " (" + transport.maxClients()
                    + (transport.maxClients() == 1 ? " client)" : " clients)") : ""));
        }
        return families;
    }
}
