package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class ConsumedCapacityTest extends EngineTestSupport {

    @BeforeEach
    void table() {
        createCompositeTable("tbl");
        for (int i = 0; i < 3; i++) {
            int k = i;
            client.putItem(b -> b.tableName("tbl").item(item("pk", "p", "sk", k, "blob", "x".repeat(3000))));
        }
    }

    @Test
    void readsCountFourKilobyteUnitsHalvedWhenEventuallyConsistent() {
        client.putItem(b -> b.tableName("tbl").item(item("pk", "big", "sk", 1, "blob", "x".repeat(5000))));
        assertEquals(1.0, client.getItem(b -> b.tableName("tbl").key(item("pk", "big", "sk", 1))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
        assertEquals(2.0, client.getItem(b -> b.tableName("tbl").key(item("pk", "big", "sk", 1)).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
        assertEquals(0.5, client.getItem(b -> b.tableName("tbl").key(item("pk", "none", "sk", 1))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
        var q = client.query(b -> b.tableName("tbl").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        assertEquals(1.5, q.consumedCapacity().capacityUnits(), "three items of ~3 KB: 3 units, halved");
        assertEquals("tbl", q.consumedCapacity().tableName());
        assertEquals(1.5, q.consumedCapacity().table().capacityUnits());
    }

    @Test
    void writesCountOneKilobyteUnitsOfTheLargerItem() {
        var put = client.putItem(b -> b.tableName("tbl").item(item("pk", "p", "sk", 0, "blob", "small"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(3.0, put.consumedCapacity().capacityUnits(), "the replaced item was ~3 KB");
        var delete = client.deleteItem(b -> b.tableName("tbl").key(item("pk", "nobody", "sk", 0))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(1.0, delete.consumedCapacity().capacityUnits());
    }

    @Test
    void nothingWhenNotAskedFor() {
        assertNull(client.getItem(b -> b.tableName("tbl").key(item("pk", "p", "sk", 0))).consumedCapacity());
        assertNull(client.putItem(b -> b.tableName("tbl").item(item("pk", "p", "sk", 9))
                .returnConsumedCapacity(ReturnConsumedCapacity.NONE)).consumedCapacity());
    }

    @Test
    void batchesAddUpEachItemsUnitsPerTable() {
        createHashTable("other");
        var write = client.batchWriteItem(b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).requestItems(Map.of(
                "tbl", List.of(WriteRequest.builder().putRequest(p -> p.item(item("pk", "p", "sk", 0, "blob", "small"))).build(),
                        WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "p", "sk", 1))).build(),
                        WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "nobody", "sk", 1))).build()),
                "other", List.of(WriteRequest.builder().putRequest(p -> p.item(item("pk", "o", "blob", "y".repeat(1500)))).build()))));
        assertEquals(List.of(units("other", 2.0), units("tbl", 7.0)), write.consumedCapacity(),
                "3 KB replaced + 3 KB deleted + 1 for a missing item; 1.5 KB put");

        var read = client.batchGetItem(b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).requestItems(Map.of(
                "tbl", KeysAndAttributes.builder().consistentRead(true)
                        .keys(List.of(item("pk", "p", "sk", 0), item("pk", "p", "sk", 2), item("pk", "none", "sk", 0))).build(),
                "other", KeysAndAttributes.builder().keys(List.of(item("pk", "o"))).build())));
        assertEquals(Set.of(units("tbl", 3.0), units("other", 0.5)), Set.copyOf(read.consumedCapacity()),
                "each item rounded up to 4 KB on its own; eventually consistent halves");

        assertFalse(client.batchGetItem(b -> b.requestItems(Map.of("other", KeysAndAttributes.builder()
                .keys(List.of(item("pk", "o"))).build()))).hasConsumedCapacity(), "nothing when not asked for");
    }

    private static ConsumedCapacity units(String table, double units) {
        return ConsumedCapacity.builder().tableName(table).capacityUnits(units).build();
    }
}
