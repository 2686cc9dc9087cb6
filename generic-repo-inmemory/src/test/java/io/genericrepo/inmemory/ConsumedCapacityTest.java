package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

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
}
