package io.genericrepo.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ItemKey;
import io.genericrepo.Page;
import io.genericrepo.SchemaMismatchException;
import io.genericrepo.UnknownEntityTypeException;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.path.AttributePath;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The single-table cases on the async repository: the same results as {@link SingleTableTest}
 * (sealed loads, the mixed partition, {@code only}, the collection in one Query, typed views
 * with sort-key conditions, the shared index, unknown tags), as futures and publishers.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleTableAsyncTest {

    private final SingleTableTest.Requests requests = new SingleTableTest.Requests();
    private final DynamoDbAsyncClient client;
    private ShopItemAsyncRepository shop;

    SingleTableAsyncTest(Backend backend) {
        this.client = backend.asyncClient(requests);
    }

    @BeforeAll
    void createAndFill() {
        shop = ShopItemAsyncRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("shop-async"))
                .build();
        shop.createTable().join();
        CompletableFuture.allOf(ShopData.partition("a-1").stream().map(shop::save).toArray(CompletableFuture[]::new))
                .join();
    }

    @BeforeEach
    void clear() {
        requests.sent.clear();
    }

    @AfterAll
    void close() {
        shop.close();
        client.close();
    }

    @Test
    void loadAndPartitionQuery() {
        assertInstanceOf(Customer.class, shop.loadOrThrow("CUSTOMER#a-1", "PROFILE").join());
        assertEquals(ShopData.partition("a-1"), shop.query(CustomerSchema.partitionKey("a-1")).list().join().stream()
                .map(i -> i instanceof Customer c ? ShopData.customer(c.id()) : i).toList());
        List<ShopItem> published = new ArrayList<>();
        shop.query("CUSTOMER#a-1").stream().subscribe(published::add).join();
        assertEquals(10, published.size());
    }

    @Test
    void onlyAndTheCollection() {
        assertEquals(3, shop.query("CUSTOMER#a-1").only(Order.class).list().join().size());
        requests.sent.clear();
        CustomerWithOrders c = shop.customerWithOrders("a-1").join().orElseThrow();
        assertEquals(3, c.orders().size());
        assertEquals(1, requests.of(QueryRequest.class).size());
        assertEquals(1, requests.sent.size());
    }

    @Test
    void scanOnlyWithTheCallersFilterParallelSegmentsAndCounts() {
        assertEquals(List.of("a-1-o1", "a-1-o2", "a-1-o3"), shop.scan().filter(ShopItem_.partitionKey.eq("CUSTOMER#a-1"))
                .only(Order.class).list().join().stream().map(Order::orderId).sorted().toList());
        assertEquals(3, shop.scan().parallel(3).only(OrderLine.class).filter(OrderLine_.quantity.eq(2)).count().join(),
                "the second line of each of a-1's three orders, counted on three segments");
        assertEquals(3, requests.of(ScanRequest.class).stream().filter(r -> Integer.valueOf(3).equals(r.totalSegments())
                && r.expressionAttributeValues().containsValue(AttributeValue.fromS("line"))).count());
        List<Customer> published = new ArrayList<>();
        shop.scan().parallel(2).only(Customer.class).filter(Customer_.id.eq("a-1")).stream().subscribe(published::add)
                .join();
        assertEquals(List.of("a-1"), published.stream().map(Customer::id).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> shop.scan().only(ShopItem.class));
        assertEquals("ShopItem is not an entity of ShopItem; its entities are [CartItem, Customer, Order, OrderLine]",
                e.getMessage());
    }

    @Test
    void updatesThroughTheHierarchyApplyTheEntitysOwnRules() {
        Order order = ShopData.order("a-3", "a-3-o1", ShopData.JAN_2025);
        ItemKey key = shop.schema().keyOf(order);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shop.update(key, Update.of(new UpdateAction.Set<>(AttributePath.of("name"), AttributeValue.fromS("x")))));
        assertTrue(e.getMessage().startsWith("An update of ShopItem by key (pk=CUSTOMER#a-3, sk=ORDER#2025-01-10T09:00:00"
                + ".000000000Z#a-3-o1) cannot tell which entity the key holds, and Customer has a @Version"), e.getMessage());
        assertTrue(requests.sent.isEmpty(), "nothing was sent");
        shop.save(order).join();
        IllegalStateException unversioned = assertThrows(IllegalStateException.class, () -> shop.updateIfUnchanged(order,
                Update.of(new UpdateAction.Set<>(AttributePath.of("name"), AttributeValue.fromS("x")))));
        assertTrue(unversioned.getMessage().startsWith("Order has no @Version component"), unversioned.getMessage());
        Customer customer = (Customer) shop.save(new Customer("a-3", "Bo", 0, 0)).join();
        Customer updated = (Customer) shop.updateIfUnchanged(customer, Update.of(new UpdateAction.Set<>(
                AttributePath.of("name"), AttributeValue.fromS("Renamed")))).join();
        assertEquals(customer.version() + 1, updated.version());
        assertEquals("Renamed", updated.name());
        CompletionException absent = assertThrows(CompletionException.class, () -> shop.orders().update(
                new OrderKey("a-3", ShopData.NOV_2026, "a-3-o404"), Update.of(Order_.status.set(Status.PAID))).join());
        assertTrue(absent.getCause().getMessage().contains("no Order item with this key exists"), absent.getMessage());
        assertThrows(IllegalArgumentException.class, () -> shop.orders().update(shop.orders().schema().keyOf(order),
                Update.of(Order_.orderId.set("HIJACK"))));
        assertEquals(List.of(Status.PENDING), shop.orders().query("a-3").project(Order_.status).list().join().stream()
                .map(Order::status).toList(), "a projection of a view reads its items by their tag");
        assertEquals(Status.PAID, shop.orders().update(shop.orders().schema().keyOf(order),
                Update.of(Order_.status.set(Status.PAID))).join().status());
        assertTrue(client.getItem(b -> b.tableName(shop.tableName()).key(shop.schema().toKey(key))).join().item()
                .get("version") == null, "the order's view adds no version");
    }

    @Test
    void mismatchedKeysUnknownDeletesAndCursorsOfAnotherEntity() {
        client.putItem(b -> b.tableName(shop.tableName()).item(Map.of("pk", AttributeValue.fromS("CUSTOMER#a-7"),
                "sk", AttributeValue.fromS("PROFILE"), "type", AttributeValue.fromS("order")))).join();
        CompletionException mismatch = assertThrows(CompletionException.class,
                () -> shop.load(new ItemKey("CUSTOMER#a-7", "PROFILE")).join());
        assertInstanceOf(SchemaMismatchException.class, mismatch.getCause());
        assertTrue(mismatch.getCause().getMessage().contains("does not fit record Order: its keys do not fit"),
                mismatch.getCause().getMessage());
        client.putItem(b -> b.tableName(shop.tableName()).item(Map.of("pk", AttributeValue.fromS("CUSTOMER#a-7"),
                "sk", AttributeValue.fromS("PROFILE"), "type", AttributeValue.fromS("gift")))).join();
        assertTrue(shop.delete("CUSTOMER#a-7", "PROFILE").join().isEmpty(), "an unknown tag is deleted, returned empty");
        assertTrue(client.getItem(b -> b.tableName(shop.tableName()).key(Map.of("pk", AttributeValue.fromS("CUSTOMER#a-7"),
                "sk", AttributeValue.fromS("PROFILE")))).join().item().isEmpty());

        Page<OrderLine> lines = shop.orderLines().query("a-1").limit(2).page(null).join();
        assertThrows(IllegalArgumentException.class, () -> shop.orders().query("a-1").limit(2).page(lines.cursor()));
        assertEquals(2, shop.orderLines().query("a-1").limit(2).page(lines.cursor()).join().items().size());
    }

    @Test
    void typedViewsAndTheSharedIndex() {
        List<Order> of2026 = shop.orders().query("a-1").sortKey(Order_.SORT_KEY.ge(Instant.parse("2026-01-01T00:00:00Z")))
                .list().join();
        assertEquals(List.of("a-1-o2", "a-1-o3"), of2026.stream().map(Order::orderId).toList());
        assertEquals(ShopData.line(ShopData.order("a-1", "a-1-o3", ShopData.NOV_2026), 1),
                shop.orderLines().loadOrThrow("a-1", ShopData.NOV_2026, "a-1-o3", 1).join());
        assertEquals(3, shop.query(ShopItem_.GSI1, "ORDER#a-1-o1").list().join().size());
        assertEquals(2, shop.orderLines().query(OrderLine_.GSI1, "a-1-o1").count().join());
    }

    @Test
    void unknownTags() {
        client.putItem(b -> b.tableName(shop.tableName()).item(Map.of("pk", AttributeValue.fromS("CUSTOMER#a-9"),
                "sk", AttributeValue.fromS("GIFT#1"), "type", AttributeValue.fromS("gift")))).join();
        CompletionException e = assertThrows(CompletionException.class,
                () -> shop.query("CUSTOMER#a-9").list().join());
        assertInstanceOf(UnknownEntityTypeException.class, e.getCause());
        assertTrue(shop.query("CUSTOMER#a-9").skipUnknownTypes().list().join().isEmpty());
        List<ShopItem> published = new ArrayList<>();
        shop.query("CUSTOMER#a-9").skipUnknownTypes().stream().subscribe(published::add).join();
        assertTrue(published.isEmpty());
    }
}
