package io.genericrepo.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ItemKey;
import io.genericrepo.ConditionFailedException;
import io.genericrepo.OptimisticLockException;
import io.genericrepo.Transaction;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import io.genericrepo.path.AttributePath;
import io.genericrepo.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes in a single table: {@code @Version} checked through the hierarchy and the views;
 * batches of mixed entities; TTL on one entity only; updates only of existing items of the entity,
 * never of key components or the tag; the hierarchy's updates apply each entity's own rules.
 * Transactions: {@link SingleTableTransactionTest}.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleTableWritesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final DynamoDbClient client;
    private final ManualClock clock = new ManualClock(NOW);
    private ShopItemRepository shop;

    SingleTableWritesTest(Backend backend) {
        this.client = backend.client();
    }

    @BeforeAll
    void create() {
        shop = ShopItemRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("shop-writes"))
                .clock(clock).build();
        shop.createTable();
    }

    @AfterAll
    void close() {
        shop.close();
        client.close();
    }

    @Test
    void versionsAreCheckedThroughTheHierarchyAndTheView() {
        Customer saved = (Customer) shop.save(ShopData.customer("v-1"));
        assertEquals(1, saved.version());
        Customer renamed = shop.customers().save(new Customer("v-1", "Renamed", 0, saved.version()));
        assertEquals(2, renamed.version());
        assertThrows(OptimisticLockException.class, () -> shop.save(saved), "a stale copy through the hierarchy");
        assertThrows(OptimisticLockException.class, () -> shop.customers().save(saved), "and through the view");
        Order order = (Order) shop.save(ShopData.order("v-1", "v-1-o1", ShopData.NOV_2026));
        Map<String, AttributeValue> stored = client.getItem(b -> b.tableName(shop.tableName())
                .key(shop.schema().toKey(shop.schema().keyOf(order)))).item();
        assertFalse(stored.containsKey("version"), "an entity without @Version gets none: " + stored);
    }

    @Test
    void batchesMixEntities() {
        List<ShopItem> partition = ShopData.partition("b-1");
        shop.saveAll(partition);
        List<ItemKey> keys = partition.stream().map(shop.schema()::keyOf).toList();
        assertEquals(partition.stream().map(i -> i instanceof Customer c ? c.id() : i.getClass().getSimpleName()).toList(),
                shop.loadAll(keys).stream().map(i -> i instanceof Customer c ? c.id() : i.getClass().getSimpleName())
                        .toList());
        assertEquals(1, ((Customer) shop.loadOrThrow("CUSTOMER#b-1", "PROFILE")).version(),
                "a versioned entity in a batch is saved at version 1");
        shop.orderLines().deleteAll(partition.stream().filter(OrderLine.class::isInstance).map(OrderLine.class::cast)
                .map(shop.orderLines().schema()::keyOf).toList());
        assertEquals(4, shop.query("CUSTOMER#b-1").list().size(), "three orders and the profile are left");
        assertEquals(4, shop.deleteAllByPartitionKey("CUSTOMER#b-1"));
    }

    @Test
    void aDataExpirationFillsTheTtlOfTheEntitiesThatHaveOne() {
        try (ShopItemRepository expiring = ShopItemRepository.builder().client(client).tableName(shop.tableName())
                .clock(clock).dataExpiration(Duration.ofDays(1)).build()) {
            expiring.save(ShopData.customer("e-1"));
            expiring.save(new CartItem("e-1", "sku-1", 1, null));
            expiring.cartItems().save(new CartItem("e-1", "sku-2", 1, null));
            assertEquals(List.of(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1))),
                    shop.cartItems().query("e-1").list().stream().map(CartItem::expiresAt).toList());
            Map<String, AttributeValue> profile = client.getItem(b -> b.tableName(shop.tableName()).key(Map.of(
                    "pk", AttributeValue.fromS("CUSTOMER#e-1"), "sk", AttributeValue.fromS("PROFILE")))).item();
            assertFalse(profile.containsKey("expiresAt"), "a customer has no @Ttl and does not expire: " + profile);
        }
    }

    @Test
    void aViewDeletesOnlyItsEntityOfAPartition() {
        shop.saveAll(ShopData.partition("d-1"));
        assertEquals(6, shop.orderLines().deleteAllByPartitionKey("d-1"));
        assertEquals(4, shop.query("CUSTOMER#d-1").list().size(), "the profile and the orders stay");
        assertEquals(3, shop.orders().deleteAllByPartitionKey("d-1"));
        assertEquals(List.of(Customer.class), shop.query("CUSTOMER#d-1").list().stream().map(Object::getClass).toList());
    }

    @Test
    void onlyTheEntityWithTtlExpires() {
        shop.save(ShopData.customer("t-1"));
        shop.save(new CartItem("t-1", "sku-1", 1, NOW.plus(Duration.ofHours(1))));
        shop.save(new CartItem("t-1", "sku-2", 1, NOW.minus(Duration.ofHours(1))));
        assertEquals(List.of("sku-1"), shop.cartItems().query("t-1").list().stream().map(CartItem::sku).toList(),
                "the expired cart item is hidden, as DynamoDB deletes it only eventually");
        assertTrue(shop.cartItems().load("t-1", "sku-2").isEmpty());
        assertEquals(2, shop.query("CUSTOMER#t-1").list().size(), "the profile has no TTL and stays");
        clock.set(NOW.plus(Duration.ofHours(2)));
        try {
            assertTrue(shop.cartItems().query("t-1").list().isEmpty());
            assertTrue(shop.customers().load("t-1").isPresent());
        } finally {
            clock.set(NOW);
        }
    }

    @Test
    void anUpdateByKeyOfTheHierarchyIsRefusedBecauseOnlySomeEntitiesAreVersioned() {
        Order order = (Order) shop.save(ShopData.order("u-1", "u-1-o1", ShopData.NOV_2026));
        ItemKey key = shop.schema().keyOf(order);
        String expected = "An update of ShopItem by key (pk=CUSTOMER#u-1, sk=ORDER#2026-11-20T18:45:00.123456789Z#u-1-o1)"
                + " cannot tell which entity the key holds, and Customer has a @Version (version) that every update"
                + " increments, which the other entities do not have: update through the entity's typed view"
                + " (CustomerRepository, for example), or with updateIfUnchanged(item, update)";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shop.update(key, rename("Order")));
        assertEquals(expected, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> shop.updateExisting(key, rename("Order")));
        IllegalArgumentException inTransaction = assertThrows(IllegalArgumentException.class,
                () -> Transaction.write().update(shop, key, rename("Order")));
        assertEquals(expected, inTransaction.getMessage());
        assertFalse(storedItem(key).containsKey("version"), "nothing was written");

        Order paid = shop.orders().update(shop.orders().schema().keyOf(order), Update.of(Order_.status.set(Status.PAID)));
        assertEquals(Status.PAID, paid.status());
        assertFalse(storedItem(key).containsKey("version"), "the order's view adds no version: " + storedItem(key));
        shop.save(ShopData.customer("u-1"));
        assertEquals(2, shop.customers().update("u-1", Update.of(Customer_.orderCount.add(1))).version(),
                "the customer's view increments its version");
    }

    @Test
    void updateIfUnchangedThroughTheHierarchyAppliesTheEntitysOwnRules() {
        try (ShopItemRepository expiring = ShopItemRepository.builder().client(client).tableName(shop.tableName())
                .clock(clock).dataExpiration(Duration.ofDays(1)).build()) {
            Customer customer = (Customer) expiring.save(ShopData.customer("w-1"));
            Customer updated = (Customer) expiring.updateIfUnchanged(customer, rename("Renamed"));
            assertEquals(2, updated.version(), "the customer's version is incremented");
            assertEquals("Renamed", updated.name());
            assertFalse(storedItem(expiring.schema().keyOf(customer)).containsKey("expiresAt"),
                    "a customer has no @Ttl, so the cart items' expiry is not filled in");
            assertThrows(OptimisticLockException.class,
                    () -> expiring.updateIfUnchanged(customer, rename("Stale")));

            Order order = (Order) expiring.save(ShopData.order("w-1", "w-1-o1", ShopData.NOV_2026));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> expiring.updateIfUnchanged(order, rename("Order")));
            assertEquals("Order has no @Version component, so updateIfUnchanged cannot tell whether it changed; add"
                    + " one, or use update(key, update, condition)", e.getMessage());
            IllegalStateException tx = assertThrows(IllegalStateException.class, () -> Transaction.write()
                    .updateIfUnchanged(expiring, order, rename("Order")));
            assertTrue(tx.getMessage().startsWith("Order has no @Version component"), tx.getMessage());
            assertFalse(storedItem(expiring.schema().keyOf(order)).containsKey("version"));
            assertEquals(order, expiring.deleteItem(order).orElseThrow(), "deleted with no version condition");
        }
    }

    private Map<String, AttributeValue> storedItem(ItemKey key) {
        return client.getItem(b -> b.tableName(shop.tableName()).key(shop.schema().toKey(key))).item();
    }

    /** An update of the hierarchy, whose metamodel has only keys and the tag: a raw one, as from names known at run time. */
    private static Update<ShopItem> rename(String name) {
        return Update.of(new UpdateAction.Set<>(AttributePath.of("name"), AttributeValue.fromS(name)));
    }

    @Test
    void aViewUpdatesOnlyAnExistingItemOfItsEntityAndCreatesNoUntypedItem() {
        OrderKey missing = new OrderKey("r-1", ShopData.NOV_2026, "r-1-o404");
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> shop.orders().update(missing, Update.of(Order_.status.set(Status.PAID))));
        assertTrue(e.getMessage().contains("no Order item with this key exists (an update in a single table changes an"
                + " existing item; save one to create it)"), e.getMessage());
        assertTrue(shop.query("CUSTOMER#r-1").list().isEmpty(), "nothing was created, the partition reads");
        assertTrue(client.query(b -> b.tableName(shop.tableName()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CUSTOMER#r-1")))).items().isEmpty());

        shop.save(ShopData.customer("r-1"));
        Order order = (Order) shop.save(ShopData.order("r-1", "r-1-o1", ShopData.NOV_2026));
        assertEquals(1, shop.customers().update("r-1", Update.of(Customer_.orderCount.add(1))).orderCount());
        assertEquals(2, shop.customers().updateExisting("r-1", Update.of(Customer_.orderCount.add(1))).orderCount());
        assertEquals(Status.SHIPPED, shop.orders().update(shop.orders().schema().keyOf(order),
                Update.of(Order_.status.set(Status.SHIPPED))).status());
    }

    @Test
    void anUpdateCannotChangeKeyComponentsTheTagOrIndexKeys() {
        Order order = (Order) shop.save(ShopData.order("k-1", "k-1-o1", ShopData.NOV_2026));
        OrderKey key = shop.orders().schema().keyOf(order);
        IllegalArgumentException orderId = assertThrows(IllegalArgumentException.class,
                () -> shop.orders().update(key, Update.of(Order_.orderId.set("HIJACK"))));
        assertEquals("An update of Order cannot change key component orderId, which its key templates are built from:"
                + " save an item with the new values and delete the old one", orderId.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> shop.orders().update(key, Update.of(Order_.placedAt.set(ShopData.JAN_2025))));
        assertThrows(IllegalArgumentException.class, () -> Transaction.write()
                .update(shop.orders(), key, Update.of(Order_.customerId.set("k-2"))));
        IllegalArgumentException lineNo = assertThrows(IllegalArgumentException.class, () -> shop.orderLines()
                .update(new OrderLineKey("k-1", ShopData.NOV_2026, "k-1-o1", 1), Update.of(
                        // OrderLine_ has no lineNo path (it is parsed from the keys, not stored): a raw path still is refused
                        new UpdateAction.Set<>(AttributePath.of("lineNo"), AttributeValue.fromN("7")))));
        assertTrue(lineNo.getMessage().contains("key component lineNo"), "parsed from the keys, not stored: "
                + lineNo.getMessage());

        Customer customer = (Customer) shop.save(ShopData.customer("k-1"));
        IllegalArgumentException tag = assertThrows(IllegalArgumentException.class, () -> shop.updateIfUnchanged(
                customer, Update.of(ShopItem_.type.set("order"))));
        assertEquals("An update of ShopItem cannot change type attribute type, which says which entity the item is:"
                + " save an item with the new values and delete the old one", tag.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class, () -> shop.orders().update(key,
                Update.of(new UpdateAction.Set<>(AttributePath.of("gsi1pk"), AttributeValue.fromS("ORDER#other")))));
        assertTrue(index.getMessage().contains("index key attribute gsi1pk"), index.getMessage());
        assertEquals(order, shop.orders().loadOrThrow(key), "nothing was written");
    }

    @Test
    void aProjectionOfAViewOrAScanReadsItsItemsByTheirTag() {
        shop.saveAll(ShopData.partition("p-1"));
        assertEquals(List.of(Status.PENDING, Status.PENDING, Status.PENDING), shop.orders().query("p-1")
                .project(Order_.status).list().stream().map(Order::status).toList());
        Order projected = shop.orders().query("p-1").project(Order_.total).first().orElseThrow();
        assertEquals(null, projected.status(), "an attribute left out loads as null");
        assertEquals(6, shop.orderLines().query("p-1").project(OrderLine_.quantity).list().size());
        assertEquals(List.of(1, 2, 1, 2, 1, 2), shop.query("CUSTOMER#p-1").only(OrderLine.class).project(OrderLine_.sku)
                .list().stream().map(OrderLine::lineNo).toList(), "key components parsed from projected keys");
        assertEquals(3, shop.scan().filter(ShopItem_.partitionKey.eq("CUSTOMER#p-1")).only(Order.class)
                .project(Order_.status).list().size());
        assertEquals(10, shop.scan().filter(ShopItem_.partitionKey.eq("CUSTOMER#p-1")).project(ShopItem_.sortKey)
                .list().size());
    }
}
