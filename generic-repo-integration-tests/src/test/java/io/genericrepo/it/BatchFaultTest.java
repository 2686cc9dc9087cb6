package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.BatchReadException;
import io.genericrepo.BatchWriteException;
import io.genericrepo.it.model.Customer;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batches under injected faults: no item is lost, and when retries run out the exception lists
 * exactly the items that were not written (or read). Sync and async alike.
 */
@ExtendWith(BackendExtension.class)
class BatchFaultTest {

    private static Flavour.Clients faultyClients(Backend backend, BatchFaults faults) {
        return new Flavour.Clients(
                backend.clientWithoutRetries(faults), backend.asyncClientWithoutRetries(faults));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void tenThousandItemsUnderFaultsLoseNone(Flavour f, Backend backend) {
        BatchFaults faults = new BatchFaults(0.3, 0.2, key -> false);
        Flavour.Clients clients = faultyClients(backend, faults);
        try (Repo<Customer, String, String> customers = f.customers(clients, "faults", b -> b
                .batchRetries(60, Duration.ofMillis(1), Duration.ofMillis(20)).maxConcurrency(4))) {
            customers.createTable();
            List<Customer> items = IntStream.range(0, 10_000).mapToObj(i -> new Customer("id-" + i, "n" + i, null)).toList();
            customers.saveAll(items);
            assertTrue(faults.throttled.get() > 0, "throttling was injected");
            assertTrue(faults.batchRequests.get() > 400, "unprocessed items were retried: " + faults.batchRequests.get());
            assertTrue(faults.largestBatch.get() <= 25, "at most 25 writes per request");
            assertEquals(10_000, customers.count(), "every item was written");
            List<Customer> loaded = customers.loadAll(items.stream().map(Customer::id).toList());
            assertEquals(items, loaded, "every item reads back, in order, through injected faults too");
        } finally {
            clients.sync().close();
            clients.async().close();
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void whenRetriesRunOutTheExceptionListsExactlyTheUnwrittenItems(Flavour f, Backend backend) {
        BatchFaults faults = new BatchFaults(0.2, 0.1, key -> key.get("id").s().startsWith("poison"));
        Flavour.Clients clients = faultyClients(backend, faults);
        try (Repo<Customer, String, String> customers = f.customers(clients, "exhausted", b -> b
                .batchRetries(30, Duration.ofMillis(1), Duration.ofMillis(2)))) { // 30 tries: only poison runs out
            customers.createTable();
            List<Customer> items = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                items.add(new Customer((i % 40 == 7 ? "poison-" : "ok-") + i, "n" + i, null));
            }
            BatchWriteException e = assertThrows(BatchWriteException.class, () -> customers.saveAll(items));
            List<Customer> unwritten = e.unprocessed();
            Set<String> reported = unwritten.stream().map(Customer::id).collect(Collectors.toCollection(TreeSet::new));
            Set<String> stored = customers.scanList(null, 1).stream().map(Customer::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> missing = items.stream().map(Customer::id).filter(id -> !stored.contains(id))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(missing, reported, "exactly the items not in the table are reported");
            assertEquals(reported.size(), unwritten.size(), "each listed once");
            assertEquals(Set.of("poison-7", "poison-47", "poison-87", "poison-127", "poison-167"), reported,
                    "the never-processed items, and (with 30 tries against 20% faults) no other");
            assertEquals(200, e.total());
            assertTrue(e.getMessage().startsWith("saveAll on " + customers.tableName() + " left " + reported.size()
                    + " of 200 items unwritten"), e.getMessage());

            BatchReadException unread = assertThrows(BatchReadException.class,
                    () -> customers.loadAll(List.of("ok-1", "poison-7", "ok-2")));
            assertEquals(List.of("poison-7"), unread.unread());
            List<Customer> partial = unread.loaded();
            assertEquals(List.of("ok-1", "ok-2"), partial.stream().map(Customer::id).toList());

            BatchWriteException deletes = assertThrows(BatchWriteException.class,
                    () -> customers.deleteAll(List.of("ok-1", "poison-47", "ok-2")));
            assertEquals(List.of("poison-47"), deletes.unprocessed());
            assertEquals(193, customers.count(), "195 written, two deleted");
        } finally {
            clients.sync().close();
            clients.async().close();
        }
    }
}
