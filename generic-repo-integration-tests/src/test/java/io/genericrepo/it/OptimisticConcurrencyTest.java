package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.OptimisticLockException;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight writers each add one 50 times to a versioned counter, retrying on conflict: no update is
 * lost. The writers' first reads all see version 1 before any of them writes, so they collide at
 * least seven times however the machine schedules them (left to chance, eight threads on a loaded
 * machine may run one after another and never collide).
 */
@ExtendWith(BackendExtension.class)
class OptimisticConcurrencyTest {

    private static final int THREADS = 8;
    private static final int INCREMENTS = 50;

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void eightThreadsTimesFiftyIncrementsEndAtExactlyFourHundred(Flavour f, Backend backend) throws Exception {
        Flavour.Clients clients = new Flavour.Clients(backend.client(), backend.asyncClient());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger conflicts = new AtomicInteger();
        try (Repo<Order, OrderKey, String> orders = f.orders(clients, "counter", b -> { })) {
            orders.createTable();
            OrderKey key = new OrderKey("c", "counter");
            orders.save(new Order("c", "counter", OrderStatus.PENDING, 0, null, null, null, null, null, 0L));
            CountDownLatch allReadVersionOne = new CountDownLatch(THREADS);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                writers.add(pool.submit(() -> {
                    boolean first = true;
                    for (int i = 0; i < INCREMENTS; i++) {
                        while (true) {
                            Order read = orders.loadOrThrow(key);
                            if (first) {
                                first = false;
                                allReadVersionOne.countDown();
                                if (!allReadVersionOne.await(5, TimeUnit.MINUTES)) {
                                    throw new IllegalStateException("the other writers did not read in time");
                                }
                            }
                            Order next = new Order(read.customerId(), read.orderId(), read.status(), read.quantity() + 1,
                                    read.total(), read.createdAt(), read.tags(), read.shipTo(), read.expiresAt(),
                                    read.version());
                            try {
                                orders.save(next);
                                break;
                            } catch (OptimisticLockException lost) {
                                conflicts.incrementAndGet(); // someone wrote in between: read again
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : writers) {
                w.get(5, TimeUnit.MINUTES);
            }
            Order counter = orders.loadOrThrow(key);
            assertEquals(THREADS * INCREMENTS, counter.quantity(), "no lost update");
            assertEquals(THREADS * INCREMENTS + 1, counter.version(), "one version per successful write");
            assertTrue(conflicts.get() >= THREADS - 1, "all but one of the first saves of version 1 were refused, found "
                    + conflicts.get() + " conflicts");
        } finally {
            pool.shutdownNow();
            clients.sync().close();
            clients.async().close();
        }
    }
}
