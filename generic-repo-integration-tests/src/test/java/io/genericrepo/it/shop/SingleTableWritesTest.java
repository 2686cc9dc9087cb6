package io.genericrepo.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ItemKey;
import io.genericrepo.OptimisticLockException;
import io.genericrepo.Transaction;
import io.genericrepo.Update;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
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
 * batches of mixed entities; TTL on one entity only. Transactions: {@link SingleTableTransactionTest}.
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
                () -> shop.update(key, Update.of(ShopItem_.type.set("order"))));
        assertEquals(expected, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> shop.updateExisting(key, Update.of(ShopItem_.type.set("order"))));
        IllegalArgumentException inTransaction = assertThrows(IllegalArgumentException.class,
                () -> Transaction.write().update(shop, key, Update.of(ShopItem_.type.set("order"))));
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
            Customer updated = (Customer) expiring.updateIfUnchanged(customer, Update.of(ShopItem_.type.set("customer")));
            assertEquals(2, updated.version(), "the customer's version is incremented");
            assertFalse(storedItem(expiring.schema().keyOf(customer)).containsKey("expiresAt"),
                    "a customer has no @Ttl, so the cart items' expiry is not filled in");
            assertThrows(OptimisticLockException.class,
                    () -> expiring.updateIfUnchanged(customer, Update.of(ShopItem_.type.set("customer"))));

            Order order = (Order) expiring.save(ShopData.order("w-1", "w-1-o1", ShopData.NOV_2026));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> expiring.updateIfUnchanged(order, Update.of(ShopItem_.type.set("order"))));
            assertEquals("Order has no @Version component, so updateIfUnchanged cannot tell whether it changed; add"
                    + " one, or use update(key, update, condition)", e.getMessage());
            IllegalStateException tx = assertThrows(IllegalStateException.class, () -> Transaction.write()
                    .updateIfUnchanged(expiring, order, Update.of(ShopItem_.type.set("order"))));
            assertTrue(tx.getMessage().startsWith("Order has no @Version component"), tx.getMessage());
            assertFalse(storedItem(expiring.schema().keyOf(order)).containsKey("version"));
            assertEquals(order, expiring.deleteItem(order).orElseThrow(), "deleted with no version condition");
        }
    }

    private Map<String, AttributeValue> storedItem(ItemKey key) {
        return client.getItem(b -> b.tableName(shop.tableName()).key(shop.schema().toKey(key))).item();
    }
}
