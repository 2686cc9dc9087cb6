package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class FaultsTest extends EngineTestSupport {

    private static List<WriteRequest> puts(int count) {
        List<WriteRequest> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = i;
            out.add(WriteRequest.builder().putRequest(p -> p.item(item("pk", "k" + k))).build());
        }
        return out;
    }

    @Test
    void unprocessedItemsAreNotWrittenAndRetryingThemWritesEverything() {
        createHashTable("tbl");
        engine.faults().seed(3).unprocessedItems(0.5);
        Map<String, List<WriteRequest>> pending = new HashMap<>(Map.of("tbl", puts(25)));
        int rounds = 0;
        int firstLeft = -1;
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(request));
            if (firstLeft < 0) {
                firstLeft = r.unprocessedItems().getOrDefault("tbl", List.of()).size();
                engine.faults().unprocessedItems(0.5);
            }
            pending = r.unprocessedItems();
            rounds++;
        }
        assertTrue(firstLeft > 0 && firstLeft < 25, "about half left the first time: " + firstLeft);
        assertTrue(rounds > 1);
        assertEquals(25, client.scan(b -> b.tableName("tbl")).count());
        assertEquals(25 - firstLeft + firstLeft, client.scan(b -> b.tableName("tbl")).count());
    }

    @Test
    void unprocessedKeysAreNotReadAndComeBackToRetry() {
        createHashTable("tbl");
        client.batchWriteItem(b -> b.requestItems(Map.of("tbl", puts(25))));
        engine.faults().seed(5).unprocessedKeys(1.0);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keys.add(item("pk", "k" + i));
        }
        BatchGetItemResponse r = client.batchGetItem(b -> b.requestItems(Map.of("tbl", KeysAndAttributes.builder().keys(keys).build())));
        assertEquals(0, r.responses().get("tbl").size());
        assertEquals(25, r.unprocessedKeys().get("tbl").keys().size());
        engine.faults().reset();
        BatchGetItemResponse retried = client.batchGetItem(b -> b.requestItems(r.unprocessedKeys()));
        assertEquals(25, retried.responses().get("tbl").size());
    }

    @Test
    void throttlingFailsTheOperationNamedWithARetryableError() {
        createHashTable("tbl");
        engine.faults().throttle("PutItem", 1.0);
        ProvisionedThroughputExceededException e = assertThrows(ProvisionedThroughputExceededException.class,
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a"))));
        assertEquals("ProvisionedThroughputExceededException", e.awsErrorDetails().errorCode());
        assertTrue(e.isThrottlingException(), "the SDK's retry policy treats it as throttling");
        assertEquals(0, client.scan(b -> b.tableName("tbl")).count(), "other operations are not throttled");
        engine.faults().reset();
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a")));
        assertEquals(1, client.scan(b -> b.tableName("tbl")).count());
    }

    @Test
    void aShareOfAllRequestsIsThrottledRepeatablyBySeed() {
        createHashTable("tbl");
        assertEquals(outcomes(11), outcomes(11));
        List<Boolean> o = outcomes(11);
        long throttled = o.stream().filter(b -> b).count();
        assertTrue(throttled > 20 && throttled < 80, "about 30 of 100: " + throttled);
        assertThrows(IllegalArgumentException.class, () -> engine.faults().throttle(1.5));
    }

    private List<Boolean> outcomes(long seed) {
        engine.faults().reset().seed(seed).throttle(0.3);
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            try {
                client.getItem(b -> b.tableName("tbl").key(item("pk", "a")));
                out.add(false);
            } catch (ProvisionedThroughputExceededException e) {
                out.add(true);
            }
        }
        engine.faults().reset();
        return out;
    }

    @Test
    void anOperationTheEngineDoesNotHaveIsRefusedNamingThoseItHas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.faults().throttle("PutItm", 0.5));
        assertEquals("No operation \"PutItm\" to throttle: the engine's operations are BatchGetItem, BatchWriteItem,"
                + " CreateTable, DeleteItem, DeleteTable, DescribeTable, DescribeTimeToLive, GetItem, ListTables, PutItem,"
                + " Query, Scan, TransactGetItems, TransactWriteItems, UpdateItem, UpdateTable, UpdateTimeToLive", e.getMessage());
    }
}
