package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.SchemaMismatchException;
import io.genericrepo.it.model.AllTypesRepository;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.testing.BackendExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items written by hand that do not fit the record fail with the table, key and path, never a ClassCastException. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaMismatchTest {

    private final DynamoDbClient client;
    private OrderRepository orders;
    private AllTypesRepository allTypes;

    SchemaMismatchTest(DynamoDbClient client) {
        this.client = client;
    }

    @BeforeAll
    void createTables() {
        orders = OrderRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("orders")).build();
        allTypes = AllTypesRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("all")).build();
        orders.createTable();
        allTypes.createTable();
    }

    @AfterAll
    void close() {
        orders.close();
        allTypes.close();
    }

    private SchemaMismatchException loadBadOrder(String orderId, String attribute, AttributeValue value) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("customerId", AttributeValue.fromS("c-1"));
        item.put("orderId", AttributeValue.fromS(orderId));
        item.put(attribute, value);
        client.putItem(b -> b.tableName(orders.tableName()).item(item));
        return assertThrows(SchemaMismatchException.class, () -> orders.load("c-1", orderId));
    }

    @Test
    void aNumberStoredAsTextNamesTableKeyAndAttribute() {
        SchemaMismatchException e = loadBadOrder("o-1", "quantity", AttributeValue.fromS("two"));
        assertEquals("Item in table " + orders.tableName() + " (customerId=c-1, orderId=o-1) does not fit record"
                + " Order: attribute quantity must be N (int), found S", e.getMessage());
        assertEquals(orders.tableName(), e.tableName());
        assertEquals("customerId=c-1, orderId=o-1", e.key());
        assertEquals("quantity", e.attributePath());
    }

    @Test
    void aNestedAttributeIsNamedWithItsPath() {
        AttributeValue shipTo = AttributeValue.fromM(Map.of("city", AttributeValue.fromS("Oslo"),
                "geo", AttributeValue.fromM(Map.of("source", AttributeValue.fromM(Map.of(
                        "notes", AttributeValue.fromL(List.of(AttributeValue.fromS("ok"), AttributeValue.fromN("7")))))))));
        SchemaMismatchException e = loadBadOrder("o-2", "shipTo", shipTo);
        assertEquals("shipTo.geo.source.notes[1]", e.attributePath());
        assertEquals("Item in table " + orders.tableName() + " (customerId=c-1, orderId=o-2) does not fit record"
                + " Order: attribute shipTo.geo.source.notes[1] must be S (String), found N", e.getMessage());
    }

    @Test
    void anUnknownEnumConstantIsNamed() {
        SchemaMismatchException e = loadBadOrder("o-3", "status", AttributeValue.fromS("LOST"));
        assertEquals("status", e.attributePath());
        assertEquals("Item in table " + orders.tableName() + " (customerId=c-1, orderId=o-3) does not fit record"
                + " Order: attribute status must be one of [PENDING, PAID, SHIPPED], found \"LOST\"", e.getMessage());
    }

    @Test
    void aNumberTooLargeForItsTypeIsNotCutSilently() {
        SchemaMismatchException e = loadBadOrder("o-4", "quantity", AttributeValue.fromN("3000000000"));
        assertEquals("Item in table " + orders.tableName() + " (customerId=c-1, orderId=o-4) does not fit record"
                + " Order: attribute quantity must be a whole number that fits int, found 3000000000", e.getMessage());
        SchemaMismatchException fraction = loadBadOrder("o-5", "version", AttributeValue.fromN("2.5"));
        assertEquals("version", fraction.attributePath());
    }

    @Test
    void aListWhereARecordBelongsIsAMismatch() {
        SchemaMismatchException e = loadBadOrder("o-6", "shipTo", AttributeValue.fromL(List.of()));
        assertEquals("Item in table " + orders.tableName() + " (customerId=c-1, orderId=o-6) does not fit record"
                + " Order: attribute shipTo must be M (record), found L", e.getMessage());
    }

    @Test
    void mapValuesSetsAndUserConvertersAreNamedToo() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", AttributeValue.fromS("bad-map"));
        item.put("counts", AttributeValue.fromM(Map.of("apples", AttributeValue.fromS("many"))));
        client.putItem(b -> b.tableName(allTypes.tableName()).item(item));
        assertEquals("counts.apples",
                assertThrows(SchemaMismatchException.class, () -> allTypes.load("bad-map")).attributePath());

        item.put("id", AttributeValue.fromS("bad-set"));
        item.remove("counts");
        item.put("longSet", AttributeValue.fromSs(List.of("1", "2")));
        client.putItem(b -> b.tableName(allTypes.tableName()).item(item));
        SchemaMismatchException set = assertThrows(SchemaMismatchException.class, () -> allTypes.load("bad-set"));
        assertEquals("longSet", set.attributePath());
        assertEquals("Item in table " + allTypes.tableName() + " (id=bad-set) does not fit record AllTypes:"
                + " attribute longSet must be NS (Set), found SS", set.getMessage());

        item.put("id", AttributeValue.fromS("bad-money"));
        item.remove("longSet");
        item.put("price", AttributeValue.fromS("no-amount"));
        client.putItem(b -> b.tableName(allTypes.tableName()).item(item));
        SchemaMismatchException money = assertThrows(SchemaMismatchException.class, () -> allTypes.load("bad-money"));
        assertEquals("price", money.attributePath());
        assertEquals(ArrayIndexOutOfBoundsException.class, money.getCause().getClass(),
                "the converter's own exception is kept as the cause");
    }
}
