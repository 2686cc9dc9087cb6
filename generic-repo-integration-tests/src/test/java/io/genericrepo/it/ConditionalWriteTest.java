package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ConditionFailedException;
import io.genericrepo.Update;
import io.genericrepo.UpdateResult;
import io.genericrepo.it.model.Address;
import io.genericrepo.it.model.AllTypes;
import io.genericrepo.it.model.AllTypesRepository;
import io.genericrepo.it.model.AllTypes_;
import io.genericrepo.it.model.Color;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Conditional save, delete and update, every update action, rejection messages and tryUpdate. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionalWriteTest {

    private final RequestCounter requests = new RequestCounter();
    private final DynamoDbClient client;
    private OrderRepository orders;
    private AllTypesRepository all;

    ConditionalWriteTest(Backend backend) {
        this.client = backend.client(requests);
    }

    @BeforeAll
    void tables() {
        orders = OrderRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("cond")).build();
        all = AllTypesRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("cond-all")).build();
        orders.createTable();
        all.createTable();
    }

    @BeforeEach
    void clear() {
        requests.clear();
    }

    @AfterAll
    void close() {
        orders.close();
        all.close();
        client.close();
    }

    private Order pending(String id, int quantity) {
        Order o = new Order("c-1", id, OrderStatus.PENDING, quantity, new BigDecimal("10"), Instant.parse("2026-01-01T00:00:00Z"),
                List.of("a"), new Address("s", "Oslo", null), null, 0L);
        return orders.save(o); // as stored: version 1, expiry filled

    }

    @Test
    void theDesignSketchUpdate() {
        pending("o-9", 2);
        Order shipped = orders.update(new OrderKey("c-1", "o-9"),
                Update.of(Order_.status.set(OrderStatus.SHIPPED), Order_.quantity.add(-1)),
                Order_.status.eq(OrderStatus.PENDING).and(Order_.quantity.gt(0)));
        assertEquals(OrderStatus.SHIPPED, shipped.status());
        assertEquals(1, shipped.quantity());
        assertEquals(shipped, orders.loadOrThrow("c-1", "o-9"), "the returned item is the stored one");
    }

    @Test
    void aRejectedUpdateCarriesTheCallersMessageAndChangesNothing() {
        Order before = pending("o-10", 0);
        ConditionFailedException e = assertThrows(ConditionFailedException.class, () -> orders.update(
                new OrderKey("c-1", "o-10"), Update.of(Order_.status.set(OrderStatus.SHIPPED)),
                Order_.quantity.gt(0).withMessage("Order must have items")));
        assertEquals("update of " + orders.tableName() + "[customerId=c-1, orderId=o-10] rejected: Order must have items",
                e.getMessage());
        assertEquals("Order must have items", e.rejectionMessage());
        assertEquals("customerId=c-1, orderId=o-10", e.key());
        assertEquals(before, orders.loadOrThrow("c-1", "o-10"));
    }

    @Test
    void withoutAMessageTheServersWordsAreTheReason() {
        pending("o-11", 1);
        ConditionFailedException e = assertThrows(ConditionFailedException.class, () -> orders.update(
                new OrderKey("c-1", "o-11"), Update.of(Order_.quantity.increment(1)), Order_.status.eq(OrderStatus.PAID)));
        assertEquals("The conditional request failed", e.rejectionMessage());
    }

    @Test
    void tryUpdateReportsInsteadOfThrowing() {
        pending("o-12", 1);
        UpdateResult<Order> rejected = orders.tryUpdate(new OrderKey("c-1", "o-12"),
                Update.of(Order_.status.set(OrderStatus.PAID)), Order_.status.eq(OrderStatus.SHIPPED).withMessage("not shipped"));
        assertFalse(rejected.succeeded());
        assertEquals("not shipped", rejected.rejectionMessage());
        assertEquals(UpdateResult.CONDITIONAL_CHECK_FAILED, rejected.reason());
        assertNull(rejected.item());
        UpdateResult<Order> done = orders.tryUpdate(new OrderKey("c-1", "o-12"),
                Update.of(Order_.status.set(OrderStatus.PAID)), Order_.status.eq(OrderStatus.PENDING));
        assertTrue(done.succeeded());
        assertEquals(OrderStatus.PAID, done.updatedItem().orElseThrow().status());
        assertNull(done.rejectionMessage());
    }

    @Test
    void updateOfAMissingItemCreatesItUnlessOnlyExistingOnesAreAsked() {
        Order created = orders.update(new OrderKey("c-1", "new-1"), Update.of(Order_.quantity.increment(5)));
        assertEquals(5, created.quantity(), "DynamoDB's upsert: the item now exists with the key and the change");
        assertEquals(Optional.of(created), orders.load("c-1", "new-1"));
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> orders.updateExisting(new OrderKey("c-1", "missing"), Update.of(Order_.quantity.increment(5))));
        assertEquals("no item with this key exists", e.rejectionMessage());
        assertEquals(Optional.empty(), orders.load("c-1", "missing"));
        pending("o-13", 1);
        assertEquals(2, orders.updateExisting(new OrderKey("c-1", "o-13"), Update.of(Order_.quantity.increment(1))).quantity());
        ConditionFailedException both = assertThrows(ConditionFailedException.class, () -> orders.updateExisting(
                new OrderKey("c-1", "missing"), Update.of(Order_.quantity.increment(1)), Order_.quantity.gt(0).withMessage("empty")));
        assertEquals("no item with this key exists, or empty", both.rejectionMessage());
    }

    @Test
    void conditionalSaveAndDelete() {
        Order first = pending("o-14", 1);
        ConditionFailedException notNew = assertThrows(ConditionFailedException.class,
                () -> orders.save(first, Order_.orderId.notExists().withMessage("order o-14 exists already")));
        assertEquals("save of " + orders.tableName() + "[customerId=c-1, orderId=o-14] rejected: order o-14 exists already",
                notNew.getMessage());
        Order fresh = orders.save(new Order("c-1", "o-15", OrderStatus.PAID, 3, null, null, null, null, null, 0L),
                Order_.orderId.notExists());
        assertEquals(fresh, orders.loadOrThrow("c-1", "o-15"));

        ConditionFailedException keep = assertThrows(ConditionFailedException.class,
                () -> orders.delete(new OrderKey("c-1", "o-14"), Order_.status.eq(OrderStatus.SHIPPED).withMessage("only shipped")));
        assertEquals("delete of " + orders.tableName() + "[customerId=c-1, orderId=o-14] rejected: only shipped",
                keep.getMessage());
        assertTrue(orders.load("c-1", "o-14").isPresent());
        assertEquals(Optional.of(first), orders.delete(new OrderKey("c-1", "o-14"), Order_.status.eq(OrderStatus.PENDING)));
        assertEquals(Optional.empty(), orders.load("c-1", "o-14"));
    }

    @Test
    void everyUpdateAction() {
        AllTypes start = RoundTripTest.edges("upd");
        all.save(start);
        AllTypes after = all.update("upd", Update.of(
                AllTypes_.text.set("new text"),
                AllTypes_.boxedI.setIfAbsent(99),       // present: kept
                AllTypes_.i.increment(10),
                AllTypes_.strings.append("d", "e"),
                AllTypes_.ints.prepend(1, 2),
                AllTypes_.stringSet.add("s3"),
                AllTypes_.colorSet.delete(Color.RED),
                AllTypes_.longSet.add(7L),
                AllTypes_.maybe.remove(),
                AllTypes_.address.city.set("Trondheim"),
                AllTypes_.counts.get("zero").set(5),
                AllTypes_.decimal.add(new BigDecimal("0.2"))));
        assertEquals("new text", after.text());
        assertEquals(Integer.MAX_VALUE, after.boxedI());
        assertEquals(Integer.MIN_VALUE + 10, after.i());
        assertEquals(List.of("a", "", "c", "d", "e"), after.strings().stream().filter(s -> s != null).toList());
        assertEquals(List.of(1, 2), after.ints());
        assertEquals(Set.of("s1", "s2", "🎉", "s3"), after.stringSet());
        assertEquals(Set.of(Color.BLUE), after.colorSet());
        assertTrue(after.longSet().contains(7L));
        assertEquals(Optional.empty(), after.maybe());
        assertEquals("Trondheim", after.address().city());
        assertEquals("Oslo", start.address().city());
        assertEquals(5, after.counts().get("zero"));
        assertEquals(0, new BigDecimal("-1234567890123456789012345678901234567.6").compareTo(after.decimal()));
        AllTypes absent = all.update("upd-2", Update.of(AllTypes_.boxedI.setIfAbsent(99), AllTypes_.strings.append("x")));
        assertEquals(99, absent.boxedI(), "absent: set");
        assertEquals(List.of("x"), absent.strings(), "a missing list counts as empty");
    }

    @Test
    void updatesMayNotTouchKeysAndSendNothingThen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> orders.update(new OrderKey("c-1", "o-1"), Update.of(Order_.orderId.set("o-2"))));
        assertEquals("An update of Order cannot change key attribute orderId: save an item with the new key and delete"
                + " the old one", e.getMessage());
        assertEquals(List.of(), requests.sent());
    }

    @Test
    void valuesThatLookLikeExpressionSyntaxAreJustValues() {
        pending("o-16", 1);
        String sneaky = ":v0 OR attribute_exists(#n0) -- ; DROP";
        Order updated = orders.update(new OrderKey("c-1", "o-16"), Update.of(Order_.tags.append(sneaky)),
                Order_.tags.contains("a").and(Order_.status.ne(OrderStatus.SHIPPED)));
        assertEquals(List.of("a", sneaky), updated.tags());
        assertEquals(1, orders.query("c-1").filter(Order_.tags.contains(sneaky)).count());
    }

    @Test
    void theOptimisticLockingPatternWithConditions() {
        pending("o-17", 1);
        Order read = orders.loadOrThrow("c-1", "o-17");
        Update<Order> bump = Update.of(Order_.quantity.increment(1)); // the version is incremented with it
        orders.update(new OrderKey("c-1", "o-17"), bump, Order_.version.eq(read.version()).withMessage("stale"));
        ConditionFailedException stale = assertThrows(ConditionFailedException.class, () -> orders.update(
                new OrderKey("c-1", "o-17"), bump, Order_.version.eq(read.version()).withMessage("stale")));
        assertEquals("stale", stale.rejectionMessage());
        assertEquals(2, orders.loadOrThrow("c-1", "o-17").quantity(), "the second writer lost, visibly");
    }
}
