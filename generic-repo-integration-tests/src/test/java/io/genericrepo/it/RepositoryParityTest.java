package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.BatchWriteException;
import io.genericrepo.ConditionFailedException;
import io.genericrepo.ItemNotFoundException;
import io.genericrepo.OptimisticLockException;
import io.genericrepo.Update;
import io.genericrepo.UpdateResult;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.Customer_;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same test cases on the sync and the async repository: every method, versions, TTL filling,
 * batches, partitions deleted, queries and scans.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepositoryParityTest {

    private final Flavour.Clients clients;

    RepositoryParityTest(Backend backend) {
        this.clients = new Flavour.Clients(backend.client(), backend.asyncClient());
    }

    @AfterAll
    void close() {
        clients.sync().close();
        clients.async().close();
    }

    private Repo<Order, OrderKey, String> orders(Flavour f) {
        Repo<Order, OrderKey, String> repo = f.orders(clients, "parity-" + f.name().toLowerCase(), b -> { });
        repo.createTable();
        return repo;
    }

    static Order order(String customer, String id, int quantity) {
        return new Order(customer, id, OrderStatus.PENDING, quantity, new BigDecimal("10"), null, List.of(), null, null, 0L);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void saveFillsTtlAndStartsTheVersionAtOne(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            Instant before = Instant.now();
            Order saved = orders.save(order("c-1", "o-1", 1));
            assertEquals(1, saved.version());
            long days = Duration.between(before, saved.expiresAt()).toDays();
            assertTrue(days >= 29 && days <= 30, "@Table(ttlDays = 30) filled the expiry: " + saved.expiresAt());
            assertEquals(saved, orders.load(new OrderKey("c-1", "o-1")).orElseThrow());
            assertEquals(saved, orders.loadOrThrow(new OrderKey("c-1", "o-1")));
            Order explicit = orders.save(new Order("c-1", "o-2", OrderStatus.PAID, 1, null, null, null, null,
                    Instant.parse("2099-01-01T00:00:00Z"), 0L));
            assertEquals(Instant.parse("2099-01-01T00:00:00Z"), explicit.expiresAt(), "a set expiry is kept");
            assertEquals(Optional.of(saved), orders.delete(new OrderKey("c-1", "o-1")));
            assertEquals(Optional.empty(), orders.load(new OrderKey("c-1", "o-1")));
            assertThrows(ItemNotFoundException.class, () -> orders.loadOrThrow(new OrderKey("c-1", "o-1")));
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aStaleSaveFailsNamingTheKeyAndBothVersions(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            Order fresh = order("c-1", "o-1", 1);
            Order v1 = orders.save(fresh);
            OptimisticLockException again = assertThrows(OptimisticLockException.class, () -> orders.save(fresh));
            assertEquals(0, again.expectedVersion());
            assertEquals(1L, again.actualVersion());
            Order v2 = orders.save(v1);
            assertEquals(2, v2.version());
            OptimisticLockException stale = assertThrows(OptimisticLockException.class, () -> orders.save(v1));
            assertEquals("save of " + orders.tableName() + "[customerId=c-1, orderId=o-1] rejected: stale version:"
                    + " expected 1, found 2", stale.getMessage());
            assertEquals(v2, orders.loadOrThrow(new OrderKey("c-1", "o-1")), "nothing was overwritten");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void deleteAndUpdateOfAHeldItemCheckItsVersion(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            Order v1 = orders.save(order("c-1", "o-1", 1));
            Order v2 = orders.update(new OrderKey("c-1", "o-1"), Update.of(Order_.quantity.increment(1)));
            assertEquals(2, v2.version(), "update increments the version");
            assertEquals(2, v2.quantity());
            OptimisticLockException staleUpdate = assertThrows(OptimisticLockException.class,
                    () -> orders.updateIfUnchanged(v1, Update.of(Order_.status.set(OrderStatus.PAID))));
            assertEquals(1, staleUpdate.expectedVersion());
            assertEquals(2L, staleUpdate.actualVersion());
            Order v3 = orders.updateIfUnchanged(v2, Update.of(Order_.status.set(OrderStatus.PAID)));
            assertEquals(3, v3.version());
            assertEquals(OrderStatus.PAID, v3.status());
            OptimisticLockException staleDelete = assertThrows(OptimisticLockException.class, () -> orders.deleteItem(v2));
            assertEquals("delete of " + orders.tableName() + "[customerId=c-1, orderId=o-1] rejected: stale version:"
                    + " expected 2, found 3", staleDelete.getMessage());
            assertEquals(Optional.of(v3), orders.deleteItem(v3));
            OptimisticLockException gone = assertThrows(OptimisticLockException.class,
                    () -> orders.updateIfUnchanged(v3, Update.of(Order_.quantity.increment(1))));
            assertEquals(null, gone.actualVersion(), "no stored item");
            assertEquals(Optional.empty(), orders.load(new OrderKey("c-1", "o-1")));
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void conditionsOnVersionedItemsStillCarryTheCallersMessage(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            Order v1 = orders.save(order("c-1", "o-1", 0));
            ConditionFailedException rejected = assertThrows(ConditionFailedException.class,
                    () -> orders.save(v1, Order_.quantity.gt(0).withMessage("empty order")));
            assertFalse(rejected instanceof OptimisticLockException, "the version held; the condition failed");
            assertEquals("empty order", rejected.rejectionMessage());
            UpdateResult<Order> result = orders.tryUpdate(new OrderKey("c-1", "o-1"),
                    Update.of(Order_.status.set(OrderStatus.SHIPPED)), Order_.status.eq(OrderStatus.PAID).withMessage("unpaid"));
            assertFalse(result.succeeded());
            assertEquals("unpaid", result.rejectionMessage());
            assertThrows(ConditionFailedException.class, () -> orders.updateExisting(new OrderKey("c-1", "nope"),
                    Update.of(Order_.quantity.increment(1))));
            assertEquals(Optional.empty(), orders.delete(new OrderKey("c-1", "nope"), Order_.quantity.gt(0).not()));
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void batchesOfUnversionedItems(Flavour f) {
        try (Repo<Customer, String, String> customers = f.customers(clients, "batch-" + f.name().toLowerCase(), b -> { })) {
            customers.createTable();
            List<Customer> batch = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                batch.add(new Customer("k" + i, "first " + i, null));
            }
            batch.add(new Customer("k7", "last write wins", null));
            customers.saveAll(batch);
            assertEquals(60, customers.count());
            assertEquals("last write wins", customers.loadOrThrow("k7").name());
            List<Customer> loaded = customers.loadAll(List.of("k3", "missing", "k1", "k3", "k59"));
            assertEquals(List.of("k3", "k1", "k59"), loaded.stream().map(Customer::id).toList(),
                    "in the order asked, missing left out, a duplicate once");
            List<String> hundredAndFifty = IntStream.range(0, 150).mapToObj(i -> "k" + i).toList();
            assertEquals(60, customers.loadAll(hundredAndFifty).size(), "more keys than one BatchGetItem takes");
            customers.deleteAll(List.of("k1", "k2", "k3", "k3", "nope"));
            assertEquals(57, customers.count());
            assertEquals(57, customers.scanList(Customer_.id.beginsWith("k"), 3).size());
            assertThrows(IllegalArgumentException.class, () -> customers.saveAll(List.of(new Customer("ok", "x", null),
                    new Customer("", "bad key", null))));
            assertEquals(Optional.empty(), customers.load("ok"), "an invalid item stops the batch before anything is written");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void batchesOfVersionedItemsKeepTheirChecks(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            List<Order> fresh = IntStream.range(0, 30).mapToObj(i -> order("c-9", String.format("o-%02d", i), i)).toList();
            orders.saveAll(fresh);
            assertTrue(orders.queryList("c-9", null).stream().allMatch(o -> o.version() == 1));
            Order moved = orders.save(orders.loadOrThrow(new OrderKey("c-9", "o-05")));
            assertEquals(2, moved.version());
            List<Order> again = List.of(order("c-9", "o-05", 5).withVersion(1), order("c-9", "o-06", 6).withVersion(1));
            BatchWriteException e = assertThrows(BatchWriteException.class, () -> orders.saveAll(again));
            List<Order> unwritten = e.unprocessed();
            assertEquals(List.of("o-05"), unwritten.stream().map(Order::orderId).toList(), "exactly the stale one");
            assertTrue(e.getSuppressed()[0] instanceof OptimisticLockException);
            assertEquals(2, orders.loadOrThrow(new OrderKey("c-9", "o-06")).version(), "the other one was written");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void deleteAllByPartitionKeyDeletesOnePartition(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            orders.saveAll(IntStream.range(0, 40).mapToObj(i -> order("gone", "o-" + i, i)).toList());
            orders.saveAll(IntStream.range(0, 3).mapToObj(i -> order("kept", "o-" + i, i)).toList());
            assertEquals(40, orders.deleteAllByPartitionKey("gone"));
            assertEquals(List.of(), orders.queryList("gone", null));
            assertEquals(3, orders.queryCount("kept", null));
            assertEquals(0, orders.deleteAllByPartitionKey("nobody"));
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void queriesScansAndCounts(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            orders.saveAll(IntStream.range(0, 30).mapToObj(i -> order(i % 2 == 0 ? "even" : "odd", String.format("o-%02d", i), i))
                    .toList());
            assertEquals(15, orders.queryList("even", null).size());
            assertEquals(orders.queryList("even", null), orders.queryStream("even"), "publisher and list agree");
            assertEquals(7, orders.queryCount("odd", Order_.quantity.gt(15)));
            assertEquals(30, new HashSet<>(orders.scanStream(3)).size());
            assertEquals(30, orders.scanList(null, 4).size());
            assertEquals(30, orders.count());
            assertEquals(15, orders.count(Order_.customerId.eq("odd")));
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void indexQueriesFirstPagesAndCounts(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = orders(f)) {
            orders.saveAll(IntStream.range(0, 12).mapToObj(i -> new Order("c", String.format("o-%02d", i),
                    i < 4 ? OrderStatus.PAID : OrderStatus.PENDING, i, new BigDecimal(i), null, null, null, null, 0L)).toList());
            assertEquals(12, orders.findAll("c").size());
            assertEquals(4, orders.findAllWithIndex(Order_.STATUS_INDEX, OrderStatus.PAID).size());
            assertEquals(Optional.of("o-04"), orders.findOneWithIndex(Order_.STATUS_INDEX, OrderStatus.PENDING)
                    .map(Order::orderId), "the smallest total of the index first");
            assertEquals(Optional.of("o-09"), orders.first("c", Order_.orderId.lt("o-10")).map(Order::orderId));
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                io.genericrepo.Page<Order> page = orders.page("c", 5, cursor);
                page.items().forEach(o -> seen.add(o.orderId()));
                cursor = page.cursor();
            } while (cursor != null);
            assertEquals(orders.findAll("c").stream().map(Order::orderId).toList(), seen);
            long approximate = orders.approximateCount();
            assertTrue(approximate >= 0 && approximate <= 12, "approximate: " + approximate);
            Order updated = orders.updateExisting(new OrderKey("c", "o-01"), Update.of(Order_.quantity.increment(1)),
                    Order_.status.eq(OrderStatus.PAID));
            assertEquals(2, updated.quantity());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void ensureTableCreatesOnce(Flavour f) {
        try (Repo<Customer, String, String> customers = f.customers(clients, "ensure-" + f.name().toLowerCase(), b -> { })) {
            assertTrue(customers.ensureTable());
            assertFalse(customers.ensureTable());
        }
    }
}
