package io.genericrepo.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ItemKey;
import io.genericrepo.Page;
import io.genericrepo.SchemaMismatchException;
import io.genericrepo.UnknownEntityTypeException;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * A customer, its orders and their lines in one partition of one table: saved through the
 * hierarchy's repository, read back as the sealed type, the partition queried as a mixed
 * collection in sort-key order, narrowed to one entity by a filter on the type tag, an item
 * collection read in one Query, typed views with conditions on composed sort keys, the shared
 * (overloaded) index, and an item of an unknown type.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleTableTest {

    private final Requests requests = new Requests();
    private final DynamoDbClient client;
    private ShopItemRepository shop;

    SingleTableTest(Backend backend) {
        this.client = backend.client(requests);
    }

    /** Keeps the requests a client sends. */
    static final class Requests implements ExecutionInterceptor {
        final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            sent.add(context.request());
        }

        <R extends SdkRequest> List<R> of(Class<R> type) {
            return sent.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @BeforeAll
    void createAndFill() {
        shop = ShopItemRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("shop")).build();
        shop.createTable();
        ShopData.partition("c-1").forEach(shop::save);
        ShopData.partition("c-2").forEach(shop::save);
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

    private static String describe(ShopItem item) {
        // Java 17: an instanceof chain over the sealed type (Java 21's switch makes it exhaustive)
        if (item instanceof Customer c) {
            return "customer " + c.id();
        } else if (item instanceof Order o) {
            return "order " + o.orderId();
        } else if (item instanceof OrderLine l) {
            return "line " + l.orderId() + "/" + l.lineNo();
        } else if (item instanceof CartItem c) {
            return "cart " + c.sku();
        }
        throw new AssertionError(item);
    }

    @Test
    void loadReturnsTheSealedTypeBuiltByItsTag() {
        ShopItem profile = shop.loadOrThrow(CustomerSchema.partitionKey("c-1"), "PROFILE");
        assertEquals("customer c-1", describe(profile));
        assertEquals(1, ((Customer) profile).version(), "saved once through the hierarchy: version 1");
        ShopItem order = shop.load(new ItemKey("CUSTOMER#c-1", "ORDER#2026-03-01T10:15:30.000000000Z#c-1-o2"))
                .orElseThrow();
        assertEquals(ShopData.order("c-1", "c-1-o2", ShopData.MAR_2026), order);
    }

    @Test
    void aPartitionQueryReturnsEveryEntityInSortKeyOrder() {
        List<ShopItem> all = shop.query(CustomerSchema.partitionKey("c-1")).list();
        assertEquals(ShopData.partition("c-1").stream().map(SingleTableTest::describe).toList(),
                all.stream().map(SingleTableTest::describe).toList());
        assertEquals(ShopData.partition("c-1").get(0), all.get(0));
        assertEquals(1, requests.of(QueryRequest.class).size());
    }

    @Test
    void onlyNarrowsToOneEntityWithAFilterOnTheTypeTag() {
        List<Order> orders = shop.query("CUSTOMER#c-1").only(Order.class).descending().list();
        assertEquals(List.of("c-1-o3", "c-1-o2", "c-1-o1"), orders.stream().map(Order::orderId).toList());
        QueryRequest sent = requests.of(QueryRequest.class).get(0);
        assertTrue(sent.filterExpression() != null && sent.expressionAttributeNames().containsValue("type")
                && sent.expressionAttributeValues().containsValue(AttributeValue.fromS("order")),
                "DynamoDB filters on the tag: " + sent);
        assertEquals(List.of(2, 2, 2), shop.query("CUSTOMER#c-1").only(OrderLine.class).filter(OrderLine_.quantity.eq(2))
                .list().stream().map(OrderLine::lineNo).toList(), "a filter on the entity's own metamodel");
    }

    @Test
    void scanOnlyNarrowsToOneEntityWithAFilterOnTheTypeTagCombinedWithTheCallersFilter() {
        List<Order> orders = shop.scan().filter(ShopItem_.partitionKey.in("CUSTOMER#c-1", "CUSTOMER#c-2"))
                .only(Order.class).filter(Order_.placedAt.ge(ShopData.MAR_2026)).list();
        assertEquals(List.of("c-1-o2", "c-1-o3", "c-2-o2", "c-2-o3"), orders.stream().map(Order::orderId).sorted()
                .toList(), "the filter before only and the entity's filter after it both hold");
        ScanRequest sent = requests.of(ScanRequest.class).get(0);
        assertTrue(sent.filterExpression() != null && sent.expressionAttributeNames().containsValue("type")
                && sent.expressionAttributeValues().containsValue(AttributeValue.fromS("order"))
                && sent.expressionAttributeValues().containsValue(AttributeValue.fromS("CUSTOMER#c-1")),
                "DynamoDB filters on the tag and on the caller's filter: " + sent);
        assertEquals(ShopData.customer("c-2").name(), shop.scan().only(Customer.class).filter(Customer_.id.eq("c-2"))
                .first().orElseThrow().name());
    }

    @Test
    void scanOnlyWorksWithParallelScansAndCounts() {
        assertEquals(6, shop.scan().parallel(3).only(OrderLine.class).filter(OrderLine_.quantity.eq(2)).count(),
                "the second line of each of the six orders, counted by DynamoDB");
        List<ScanRequest> segments = requests.of(ScanRequest.class);
        assertEquals(List.of(0, 1, 2), segments.stream().map(ScanRequest::segment).sorted().toList(),
                "the segments are kept");
        assertTrue(segments.stream().allMatch(r -> r.totalSegments() == 3 && "COUNT".equals(r.selectAsString())
                && r.expressionAttributeValues().containsValue(AttributeValue.fromS("line"))), segments.toString());
        assertEquals(6, shop.scan().parallel(2).only(Order.class).list().size());
        assertEquals(6, shop.scan().only(Order.class).count());
        assertEquals(2, shop.scan().filter(ShopItem_.partitionKey.eq("CUSTOMER#c-2")).limit(2).only(Order.class).list()
                .size(), "the limit is kept: 2 of c-2's 3 orders");
    }

    @Test
    void onlyRefusesATypeOutsideTheHierarchy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shop.query("CUSTOMER#c-1").only(ShopItem.class));
        assertEquals("ShopItem is not an entity of ShopItem; its entities are [CartItem, Customer, Order, OrderLine]",
                e.getMessage());
        try (io.genericrepo.it.model.OrderRepository plain = io.genericrepo.it.model.OrderRepository.builder()
                .client(client).tableName("orders-never-created").build()) {
            IllegalArgumentException notAHierarchy = assertThrows(IllegalArgumentException.class,
                    () -> plain.query("c-1").only(io.genericrepo.it.model.Order.class));
            assertEquals("only(Order.class) narrows a query of a single-table hierarchy to one entity, but Order is a"
                    + " table of one record", notAHierarchy.getMessage());
            IllegalArgumentException scanOfOne = assertThrows(IllegalArgumentException.class,
                    () -> plain.scan().parallel(2).only(io.genericrepo.it.model.Order.class));
            assertEquals("only(Order.class) narrows a scan of a single-table hierarchy to one entity, but Order is a"
                    + " table of one record", scanOfOne.getMessage());
        }
        IllegalArgumentException notAnEntity = assertThrows(IllegalArgumentException.class,
                () -> shop.scan().only(ShopItem.class));
        assertEquals("ShopItem is not an entity of ShopItem; its entities are [CartItem, Customer, Order, OrderLine]",
                notAnEntity.getMessage());
        assertTrue(requests.sent.isEmpty(), "nothing was sent");
    }

    @Test
    void anItemCollectionIsReadInOneQuery() {
        CustomerWithOrders c1 = shop.customerWithOrders("c-1").orElseThrow();
        assertEquals(ShopData.customer("c-1").id(), c1.customer().id());
        assertEquals(List.of("c-1-o1", "c-1-o2", "c-1-o3"), c1.orders().stream().map(Order::orderId).toList());
        assertEquals(List.of("Query"), requests.sent.stream().map(r -> r.getClass().getSimpleName().replace("Request", ""))
                .toList(), "one request for the customer and its orders");
        CustomerOrdersAndLines lines = shop.customerOrdersAndLines("c-2").orElseThrow();
        assertEquals(3, lines.orders().size());
        assertEquals(6, lines.orderLines().size());
        assertTrue(shop.customerWithOrders("nobody").isEmpty());
    }

    @Test
    void aTypedViewQueriesByComponentsWithConditionsOnTheComposedSortKey() {
        OrderRepository orders = shop.orders();
        List<Order> of2026 = orders.query("c-1")
                .sortKey(Order_.SORT_KEY.between(Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-12-31T23:59:59.999999999Z")))
                .descending().list();
        assertEquals(List.of("c-1-o3", "c-1-o2"), of2026.stream().map(Order::orderId).toList(),
                "the orders of 2026, newest first; their lines share the prefix but carry another tag");
        assertEquals(List.of("c-1-o1"), orders.query("c-1").sortKey(Order_.SORT_KEY.lt(ShopData.MAR_2026)).list().stream()
                .map(Order::orderId).toList());
        assertEquals(ShopData.order("c-1", "c-1-o3", ShopData.NOV_2026),
                orders.loadOrThrow("c-1", ShopData.NOV_2026, "c-1-o3"));
        GetItemRequest get = requests.of(GetItemRequest.class).get(0);
        assertEquals(Map.of("pk", AttributeValue.fromS("CUSTOMER#c-1"),
                "sk", AttributeValue.fromS("ORDER#2026-11-20T18:45:00.123456789Z#c-1-o3")), get.key());
        assertEquals(3, orders.query("c-1").count(), "a view counts its entity only");
        assertEquals(6, orders.scan().filter(Order_.customerId.in("c-1", "c-2")).list().size(), "its scans too");
        assertEquals(List.of(1, 2), shop.orderLines().query("c-2").sortKey(OrderLine_.SORT_KEY.with(ShopData.MAR_2026)
                .thenText().beginsWith("c-2-o2")).list().stream().map(OrderLine::lineNo).toList());
    }

    @Test
    void keyComponentsAreStoredUnlessTheEntitySaysOtherwise() {
        Map<String, AttributeValue> order = client.getItem(b -> b.tableName(shop.tableName())
                .key(shop.schema().toKey(new ItemKey("CUSTOMER#c-1", "ORDER#2025-01-10T09:00:00.000000000Z#c-1-o1"))))
                .item();
        assertEquals("c-1-o1", order.get("orderId").s());
        assertEquals("order", order.get("type").s());
        assertEquals("ORDER#c-1-o1", order.get("gsi1pk").s());
        Map<String, AttributeValue> line = client.getItem(b -> b.tableName(shop.tableName()).key(Map.of(
                "pk", AttributeValue.fromS("CUSTOMER#c-1"),
                "sk", AttributeValue.fromS("ORDER#2025-01-10T09:00:00.000000000Z#c-1-o1#LINE#00000000002")))).item();
        assertEquals(List.of("gsi1pk", "gsi1sk", "pk", "quantity", "sk", "sku", "type"),
                line.keySet().stream().sorted().toList(), "a line's key components are parsed back from its keys");
        assertEquals(ShopData.line(ShopData.order("c-1", "c-1-o1", ShopData.JAN_2025), 2),
                shop.orderLines().loadOrThrow("c-1", ShopData.JAN_2025, "c-1-o1", 2));
    }

    @Test
    void theSharedIndexHoldsSeveralEntities() {
        List<ShopItem> byOrder = shop.query(ShopItem_.GSI1, "ORDER#c-2-o2").list();
        assertEquals(List.of("line c-2-o2/1", "line c-2-o2/2", "order c-2-o2"),
                byOrder.stream().map(SingleTableTest::describe).toList(), "gsi1sk order: LINE#... before ORDER");
        assertEquals(List.of("c-2-o2"), shop.orders().query(Order_.GSI1, "c-2-o2").list().stream().map(Order::orderId)
                .toList());
        assertEquals(2, shop.orderLines().query(OrderLine_.GSI1, "c-2-o2").list().size());
        assertEquals(List.of(2), shop.orderLines().query(OrderLine_.GSI1, "c-2-o2").sortKey(OrderLine_.GSI1.sortKey()
                .eq("LINE#00000000002")).list().stream().map(OrderLine::lineNo).toList());
    }

    @Test
    void anUnknownTagIsReportedOrSkippedNeverMisMapped() {
        Map<String, AttributeValue> gift = Map.of("pk", AttributeValue.fromS("CUSTOMER#c-9"),
                "sk", AttributeValue.fromS("GIFT#g-1"), "type", AttributeValue.fromS("gift"),
                "amount", AttributeValue.fromN("50"));
        client.putItem(b -> b.tableName(shop.tableName()).item(gift));
        shop.save(ShopData.customer("c-9"));
        UnknownEntityTypeException e = assertThrows(UnknownEntityTypeException.class,
                () -> shop.query("CUSTOMER#c-9").list());
        assertEquals("Item in table " + shop.tableName() + " (pk=CUSTOMER#c-9, sk=GIFT#g-1) has type tag \"gift\","
                + " which is none of ShopItem's entities (customer, order, line, cart): read it with an application"
                + " that knows it, or skip such items with skipUnknownTypes()", e.getMessage());
        assertEquals("gift", e.tag());
        assertEquals(List.of("customer c-9"), shop.query("CUSTOMER#c-9").skipUnknownTypes().list().stream()
                .map(SingleTableTest::describe).toList());
        assertThrows(UnknownEntityTypeException.class, () -> shop.load(new ItemKey("CUSTOMER#c-9", "GIFT#g-1")));
        assertEquals(2, shop.scan().filter(ShopItem_.partitionKey.eq("CUSTOMER#c-9")).skipUnknownTypes().list().size()
                + 1, "the scan skips the gift too");
        assertTrue(shop.customerWithOrders("c-9").isPresent(), "a collection reads only its own tags");
        UnknownEntityTypeException wrong = assertThrows(UnknownEntityTypeException.class,
                () -> shop.customers().schema().fromItem(gift));
        assertTrue(wrong.getMessage().contains("has type tag \"gift\", which is not Customer's (\"customer\")"),
                wrong.getMessage());
    }

    @Test
    void aKnownTagWithAnotherEntitysKeysIsAMismatchNeverARecordOfNulls() {
        try {
            mismatches();
        } finally { // the other tests scan the table
            for (String pk : List.of("CUSTOMER#m-1", "CUSTOMER#m-2", "CUSTOMER#m-3")) {
                client.query(b -> b.tableName(shop.tableName()).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(pk)))).items().forEach(item -> client.deleteItem(b -> b
                        .tableName(shop.tableName()).key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))));
            }
        }
    }

    private void mismatches() {
        put(Map.of("pk", s("CUSTOMER#m-1"), "sk", s("PROFILE"), "type", s("order")));
        SchemaMismatchException profile = assertThrows(SchemaMismatchException.class,
                () -> shop.load(new ItemKey("CUSTOMER#m-1", "PROFILE")));
        assertTrue(profile.getMessage().startsWith("Item in table " + shop.tableName() + " (pk=CUSTOMER#m-1, sk=PROFILE)"
                + " does not fit record Order: its keys do not fit the entity's key templates: "), profile.getMessage());
        assertThrows(SchemaMismatchException.class, () -> shop.query("CUSTOMER#m-1").list());

        put(Map.of("pk", s("CUSTOMER#m-2"), "sk", s("ORDER#2026-03-01T10:15:30.000000000Z#m-2-o1"), "type", s("order"),
                "customerId", s("m-2"), "orderId", s("other"), "placedAt", s("2026-03-01T10:15:30Z")));
        SchemaMismatchException components = assertThrows(SchemaMismatchException.class,
                () -> shop.orders().load("m-2", ShopData.MAR_2026, "m-2-o1"));
        assertTrue(components.getMessage().contains("does not fit record Order: its key components OrderKey[customerId=m-2,"
                + " placedAt=2026-03-01T10:15:30Z, orderId=other] are not the ones its keys hold, OrderKey[customerId=m-2,"
                + " placedAt=2026-03-01T10:15:30Z, orderId=m-2-o1]"), components.getMessage());

        put(Map.of("pk", s("CUSTOMER#m-3"), "sk", s("ORDER#garbage"), "type", s("line"), "sku", s("s"),
                "quantity", AttributeValue.fromN("1")));
        SchemaMismatchException line = assertThrows(SchemaMismatchException.class,
                () -> shop.query("CUSTOMER#m-3").list());
        assertTrue(line.getMessage().contains("does not fit record OrderLine: its keys do not fit the entity's key"
                + " templates: "), "names the entity and the key, not the hierarchy: " + line.getMessage());
    }

    @Test
    void deletingAnItemOfAnUnknownTagDeletesItAndReturnsEmpty() {
        put(Map.of("pk", s("CUSTOMER#g-1"), "sk", s("GIFT#1"), "type", s("gift")));
        assertTrue(shop.delete("CUSTOMER#g-1", "GIFT#1").isEmpty(), "deleted; it cannot be read as a ShopItem");
        assertTrue(client.getItem(b -> b.tableName(shop.tableName()).key(Map.of("pk", s("CUSTOMER#g-1"),
                "sk", s("GIFT#1")))).item().isEmpty(), "the item is gone");
        shop.save(ShopData.customer("g-1"));
        assertEquals("Ada g-1", ((Customer) shop.delete("CUSTOMER#g-1", "PROFILE").orElseThrow()).name());
    }

    private void put(Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(shop.tableName()).item(item));
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    @Test
    void aCursorOfOneEntitysQueryIsRefusedByAnothersQuery() {
        Page<OrderLine> lines = shop.orderLines().query("c-1").limit(2).page(null);
        assertTrue(lines.cursor() != null, "more lines follow");
        assertThrows(IllegalArgumentException.class, () -> shop.orders().query("c-1").limit(2).page(lines.cursor()),
                "the tag filter is part of the query the cursor belongs to");
        assertThrows(IllegalArgumentException.class, () -> shop.query("CUSTOMER#c-1").only(Order.class).limit(2)
                .page(lines.cursor()));
        assertEquals(2, shop.orderLines().query("c-1").limit(2).page(lines.cursor()).items().size(),
                "its own query takes it");
    }

    @Test
    void aMissingKeyComponentIsRefusedBeforeAnythingIsSent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shop.save(new Order("c-1", null, ShopData.JAN_2025, Status.PAID, null)));
        assertTrue(e.getMessage().contains("orderId"), e.getMessage());
        assertTrue(e.getMessage().contains("sk"), e.getMessage());
        assertTrue(requests.sent.isEmpty());
        assertFalse(shop.orders().load("c-1", ShopData.JAN_2025, "missing").isPresent());
    }
}
