package ipcbench.bench.cli;

import ipcbench.bench.jmh.Applicability;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code list}: one line per registered transport: its id, whether it can run here (and why
 * not), what it is, and the families it takes part in, from the same applicability rules the
 * runner uses.
 */
@Command(name = "list", description = "What can be measured: one line per transport: id, available or unavailable: <cause>,"
                + " what it is, the families it takes part in.")
public final class ListCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "This text.")
    boolean help;


    @Override
    public Integer call() {
        int width = Transports.ids().stream().mapToInt(String::length).max().orElse(0);
        for (Transport transport : Transports.all().values()) {
            System.out.println(line(transport, width));
        }
        return 0;
    }

    static String line(Transport transport, int idWidth) {
        String cause = transport.unavailabilityCause();
        String availability = cause == null ? "available" : "unavailable: " + cause;
        return String.format("%-" + idWidth + "s  %-9s  %s  [%s]", transport.id(), availability,
                transport.description(), String.join(", ", families(transport)));
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
