package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.GenericRepoException;
import io.genericrepo.ItemNotFoundException;
import io.genericrepo.it.model.Address;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Reading;
import io.genericrepo.it.model.ReadingKey;
import io.genericrepo.it.model.ReadingRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Save, load, loadOrThrow, delete and table creation, on simple and composite keys. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrudTest {

    private final RequestCounter requests = new RequestCounter();
    private final DynamoDbClient client;
    private OrderRepository orders;
    private CustomerRepository customers;
    private ReadingRepository readings;

    CrudTest(Backend backend) {
        this.client = backend.client(requests);
    }

    @BeforeAll
    void createTables() {
        orders = OrderRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("orders")).build();
        customers = CustomerRepository.builder().client(client)
                .tableName(BackendExtension.uniqueTableName("customers")).build();
        readings = ReadingRepository.builder().client(client)
                .tableName(BackendExtension.uniqueTableName("readings")).build();
        orders.createTable();
        customers.createTable();
        readings.createTable();
    }

    @BeforeEach
    void clearRequests() {
        requests.clear();
    }

    @AfterAll
    void close() {
        orders.close();
        customers.close();
        readings.close();
        client.close();
    }

    static Order order(String customer, String id, int quantity) {
        return new Order(customer, id, OrderStatus.PENDING, quantity, new BigDecimal("19.9"),
                Instant.parse("2026-11-25T10:00:00Z"), List.of("gift"), new Address("Storgata 1", "Oslo", null),
                null, 0L);
    }

    @Test
    void compositeKeySaveLoadDelete() {
        Order order = orders.save(order("c-1", "o-1", 2));
        assertEquals(1, order.version(), "save returns the item as stored, at version 1");
        assertEquals(Optional.of(order), orders.load("c-1", "o-1"));
        assertEquals(order, orders.load(new OrderKey("c-1", "o-1")).orElseThrow());
        assertEquals(Optional.of(order), orders.delete("c-1", "o-1"), "delete returns what it deleted");
        assertEquals(Optional.empty(), orders.load("c-1", "o-1"));
        assertEquals(List.of("PutItem", "GetItem", "GetItem", "DeleteItem", "GetItem"), requests.sent());
    }

    @Test
    void simpleKeySaveLoadDelete() {
        Customer ada = new Customer("ada", "Ada Lovelace", "ada@example.com");
        customers.save(ada);
        assertEquals(ada, customers.loadOrThrow("ada"));
        assertEquals(Optional.of(ada), customers.delete("ada"));
        assertEquals(Optional.empty(), customers.load("ada"));
    }

    @Test
    void nonStringKeys() {
        UUID sensor = UUID.randomUUID();
        Reading first = new Reading(sensor, 1_700_000_000_000L, 21.5);
        Reading second = new Reading(sensor, -1L, -3.25);
        readings.save(first);
        readings.save(second);
        assertEquals(first, readings.loadOrThrow(sensor, 1_700_000_000_000L));
        assertEquals(second, readings.loadOrThrow(new ReadingKey(sensor, -1L)));
    }

    @Test
    void saveOverwritesTheWholeItem() {
        Order first = orders.save(order("c-2", "o-1", 1));
        Order replacement = new Order("c-2", "o-1", OrderStatus.PAID, 5, null, null, null, null, null, first.version());
        Order saved = orders.save(replacement);
        Order loaded = orders.loadOrThrow("c-2", "o-1");
        assertEquals(saved, loaded, "attributes the new item lacks are gone, not kept from the old one");
        assertEquals(null, loaded.total());
        assertEquals(2, loaded.version());
    }

    @Test
    void loadOfAMissingItemIsEmpty() {
        assertEquals(Optional.empty(), orders.load("nobody", "nothing"));
        assertEquals(Optional.empty(), customers.load("nobody"));
    }

    @Test
    void loadOrThrowNamesTableAndKey() {
        ItemNotFoundException e = assertThrows(ItemNotFoundException.class, () -> orders.loadOrThrow("c-1", "o-9"));
        assertEquals("Key not found in table " + orders.tableName() + ": customerId=c-1, orderId=o-9", e.getMessage());
        assertEquals(orders.tableName(), e.tableName());
        assertEquals("customerId=c-1, orderId=o-9", e.key());
        ItemNotFoundException simple = assertThrows(ItemNotFoundException.class, () -> customers.loadOrThrow("x-1"));
        assertEquals("Key not found in table " + customers.tableName() + ": id=x-1", simple.getMessage());
    }

    @Test
    void deleteOfAMissingItemIsNotAnError() {
        assertEquals(Optional.empty(), orders.delete("nobody", "nothing"));
        assertEquals(List.of("DeleteItem"), requests.sent());
    }

    @Test
    void badKeysAreRejectedBeforeAnyRequest() {
        IllegalArgumentException nullSort = assertThrows(IllegalArgumentException.class,
                () -> orders.load("c-1", null));
        assertEquals("Key attribute orderId of Order must not be null", nullSort.getMessage());
        IllegalArgumentException emptyPartition = assertThrows(IllegalArgumentException.class,
                () -> orders.delete("", "o-1"));
        assertEquals("Key attribute customerId of Order must not be empty: DynamoDB does not store empty key values",
                emptyPartition.getMessage());
        IllegalArgumentException onSave = assertThrows(IllegalArgumentException.class,
                () -> customers.save(new Customer(null, "nameless", null)));
        assertEquals("Key attribute id of Customer must not be null", onSave.getMessage());
        NullPointerException nullItem = assertThrows(NullPointerException.class, () -> customers.save(null));
        assertEquals("the Customer to save must not be null", nullItem.getMessage());
        IllegalArgumentException nullKey = assertThrows(IllegalArgumentException.class, () -> orders.load((OrderKey) null));
        assertEquals("The key of Order (customerId, orderId) must not be null", nullKey.getMessage());
        assertEquals(List.of(), requests.sent(), "nothing was sent");
    }

    @Test
    void valuesDynamoDbCannotStoreAreRejectedBeforeAnyRequest() {
        Reading nan = new Reading(UUID.randomUUID(), 1L, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> readings.save(nan));
        assertEquals("Cannot store Reading: attribute value is NaN, which DynamoDB cannot store as a number",
                e.getMessage());
        Order tooPrecise = new Order("c-1", "o-1", OrderStatus.PAID, 1,
                new BigDecimal("1.234567890123456789012345678901234567891"), null, null, null, null, 0L);
        IllegalArgumentException precision = assertThrows(IllegalArgumentException.class, () -> orders.save(tooPrecise));
        assertTrue(precision.getMessage().startsWith("Cannot store Order: attribute total has 40 significant digits,"
                + " but DynamoDB numbers hold at most 38"), precision.getMessage());
        assertEquals(List.of(), requests.sent());
    }

    @Test
    void createTableDeclaresKeysIndexesAndOnDemandBilling() {
        TableDescription table = client.describeTable(b -> b.tableName(orders.tableName())).table();
        assertEquals(List.of(key("customerId", KeyType.HASH), key("orderId", KeyType.RANGE)), table.keySchema());
        assertEquals(1, table.globalSecondaryIndexes().size());
        var gsi = table.globalSecondaryIndexes().get(0);
        assertEquals("status-index", gsi.indexName());
        assertEquals(List.of(key("status", KeyType.HASH), key("total", KeyType.RANGE)), gsi.keySchema());
        assertEquals(ProjectionType.ALL, gsi.projection().projectionType());
        assertEquals(1, table.localSecondaryIndexes().size());
        var lsi = table.localSecondaryIndexes().get(0);
        assertEquals("by-total", lsi.indexName());
        assertEquals(List.of(key("customerId", KeyType.HASH), key("total", KeyType.RANGE)), lsi.keySchema());
        Map<String, ScalarAttributeType> types = new java.util.TreeMap<>();
        table.attributeDefinitions().forEach(d -> types.put(d.attributeName(), d.attributeType()));
        assertEquals(Map.of("customerId", ScalarAttributeType.S, "orderId", ScalarAttributeType.S,
                "status", ScalarAttributeType.S, "total", ScalarAttributeType.N), types);
        assertEquals("PAY_PER_REQUEST", table.billingModeSummary().billingModeAsString());
    }

    @Test
    void createTableOfAnExistingTableFails() {
        assertThrows(ResourceInUseException.class, () -> orders.createTable());
    }

    @Test
    void ensureTableCreatesOnceAndThenChecks() {
        try (CustomerRepository fresh = CustomerRepository.builder().client(client)
                .tableName(BackendExtension.uniqueTableName("ensure")).build()) {
            assertTrue(fresh.ensureTable(), "created");
            assertFalse(fresh.ensureTable(), "already there");
            fresh.save(new Customer("x", "X", null));
            assertEquals("X", fresh.loadOrThrow("x").name());
        }
    }

    @Test
    void ensureTableRejectsATableWithAnotherKey() {
        String name = BackendExtension.uniqueTableName("mismatch");
        try (CustomerRepository asCustomers = CustomerRepository.builder().client(client).tableName(name).build();
                OrderRepository asOrders = OrderRepository.builder().client(client).tableName(name).build()) {
            asCustomers.createTable();
            GenericRepoException e = assertThrows(GenericRepoException.class, asOrders::ensureTable);
            assertEquals("Table " + name + " exists but does not fit record Order: its key is (id S HASH) but Order"
                    + " declares (customerId S HASH, orderId S RANGE); it lacks the indexes [by-total, status-index]"
                    + " that Order declares. Use another table name, or migrate the table.", e.getMessage());
        }
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
