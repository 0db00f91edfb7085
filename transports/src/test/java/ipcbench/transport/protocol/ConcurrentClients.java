package ipcbench.transport.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Test fixture: {@code clients} connections of one session, started together, each making its round trips. */
public final class ConcurrentClients {
    private ConcurrentClients() {
    }

    /** Fails with the first client's failure, or when one has not finished within {@code timeoutSeconds}. */
    public static void roundTrips(Session session, int clients, int roundTrips, long timeoutSeconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CyclicBarrier together = new CyclicBarrier(clients);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    try (Exchange client = session.connect()) {
                        together.await(10, TimeUnit.SECONDS);
                        for (int i = 0; i < roundTrips; i++) {
                            client.roundTrip(i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(timeoutSeconds, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
