package ipcbench.bench.cli;

import ipcbench.transport.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JMH pass of a family: transports that need the same treatment, as their capabilities say.
 *
 * @param transports their ids, in the order asked
 * @param longWarmup whether they need the long warm-up ({@link Transport#needsLongWarmup()})
 * @param ownCpus    whether they need CPUs of their own ({@link Transport#needsOwnCpus()})
 */
record Pass(List<String> transports, boolean longWarmup, boolean ownCpus) {

    /** The passes for {@code transports}: the plain ones first, then each kind that needs more. */
    static List<Pass> plan(List<Transport> transports) {
        return plan(transports, false);
    }

    /**
     * As {@link #plan(List)}, with every transport given the long warm-up when the protocol spoken
     * over it needs one ({@code Protocol.needsLongWarmup()}: a library's stack to compile).
     */
    static List<Pass> plan(List<Transport> transports, boolean protocolNeedsLongWarmup) {
        Map<List<Boolean>, List<String>> byNeeds = new LinkedHashMap<>();
        byNeeds.put(List.of(false, false), new ArrayList<>());
        for (Transport transport : transports) {
            byNeeds.computeIfAbsent(List.of(protocolNeedsLongWarmup || transport.needsLongWarmup(), transport.needsOwnCpus()),
                    k -> new ArrayList<>()).add(transport.id());
        }
        List<Pass> passes = new ArrayList<>();
        byNeeds.forEach((needs, ids) -> {
            if (!ids.isEmpty()) {
                passes.add(new Pass(List.copyOf(ids), needs.get(0), needs.get(1)));
            }
        });
        return passes;
    }
}
