package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchTest extends EngineTestSupport {

    @BeforeEach
    void tables() {
        createHashTable("one");
        createHashTable("two");
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    private static WriteRequest delete(String pk) {
        return WriteRequest.builder().deleteRequest(d -> d.key(item("pk", pk))).build();
    }

    private static List<WriteRequest> puts(int from, int count) {
        List<WriteRequest> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(put(item("pk", "k" + i, "v", i)));
        }
        return out;
    }

    @Test
    void aBatchWritesAndDeletesAcrossTables() {
        client.putItem(b -> b.tableName("two").item(item("pk", "gone")));
        BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(Map.of(
                "one", puts(0, 20),
                "two", List.of(put(item("pk", "x")), delete("gone")))));
        assertTrue(r.hasUnprocessedItems());
        assertTrue(r.unprocessedItems().isEmpty());
        assertEquals(20, client.scan(b -> b.tableName("one")).count());
        assertEquals(List.of(item("pk", "x")), client.scan(b -> b.tableName("two")).items());
    }

    @Test
    void aBatchWriteIsLimitedTo25RequestsAndOneRequestPerKey() {
        assertValidation("Too many items requested for the BatchWriteItem call",
                () -> client.batchWriteItem(b -> b.requestItems(Map.of("one", puts(0, 20), "two", puts(0, 6)))));
        assertValidation("Provided list of item keys contains duplicates",
                () -> client.batchWriteItem(b -> b.requestItems(Map.of("one", List.of(put(item("pk", "a")), delete("a"))))));
        assertValidation("1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member"
                + " must have length greater than or equal to 1", () -> client.batchWriteItem(b -> b.requestItems(Map.of())));
        assertEquals(0, client.scan(b -> b.tableName("one")).count(), "nothing was written");
    }

    @Test
    void aBatchWriteIsValidatedWholeBeforeAnythingIsWritten() {
        assertValidation("One or more parameter values were invalid: Missing the key pk in the item",
                () -> client.batchWriteItem(b -> b.requestItems(Map.of("one", List.of(put(item("pk", "ok")), put(item("x", "y")))))));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> client.batchWriteItem(b -> b.requestItems(Map.of("one", puts(0, 1), "missing", puts(0, 1)))));
        assertEquals(0, client.scan(b -> b.tableName("one")).count());
    }

    @Test
    void aBatchGetReadsKeysAcrossTablesWithAProjectionPerTable() {
        client.batchWriteItem(b -> b.requestItems(Map.of("one", puts(0, 5), "two", puts(0, 5))));
        BatchGetItemResponse r = client.batchGetItem(b -> b.requestItems(Map.of(
                "one", KeysAndAttributes.builder().keys(List.of(item("pk", "k1"), item("pk", "k2"), item("pk", "none"))).build(),
                "two", KeysAndAttributes.builder().keys(List.of(item("pk", "k3"))).projectionExpression("v").build())));
        assertEquals(2, r.responses().get("one").size());
        assertEquals(List.of(item("v", 3)), r.responses().get("two"));
        assertTrue(r.unprocessedKeys().isEmpty());
    }

    @Test
    void aBatchGetIsLimitedTo100DistinctKeys() {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            keys.add(item("pk", "k" + i));
        }
        assertValidation("Too many items requested for the BatchGetItem call", () -> client.batchGetItem(b -> b
                .requestItems(Map.of("one", KeysAndAttributes.builder().keys(keys).build()))));
        assertValidation("Provided list of item keys contains duplicates", () -> client.batchGetItem(b -> b
                .requestItems(Map.of("one", KeysAndAttributes.builder().keys(List.of(item("pk", "a"), item("pk", "a"))).build()))));
        assertValidation("The provided key element does not match the schema", () -> client.batchGetItem(b -> b
                .requestItems(Map.of("one", KeysAndAttributes.builder().keys(List.of(item("pk", 1))).build()))));
    }

    @Test
    void aBatchGetAnswersAtMost16MegabytesAndLeavesTheRestUnprocessed() {
        String blob = "x".repeat(390 * 1024);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            client.putItem(b -> b.tableName("one").item(item("pk", "big" + keys.size(), "blob", blob)));
            keys.add(item("pk", "big" + i));
        }
        BatchGetItemResponse r = client.batchGetItem(b -> b.requestItems(Map.of("one",
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
        int read = r.responses().get("one").size();
        int left = r.unprocessedKeys().get("one").keys().size();
        assertEquals(50, read + left);
        assertEquals(43, read, "42 items of 390 KB are under 16 MB; the 43rd passes it");
        assertTrue(r.unprocessedKeys().get("one").consistentRead(), "unprocessed keys keep their table's settings");
        assertFalse(r.responses().get("one").isEmpty());
    }
}
