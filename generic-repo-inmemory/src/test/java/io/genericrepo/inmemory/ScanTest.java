package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

class ScanTest extends EngineTestSupport {

    private static final int ITEMS = 500;

    @BeforeEach
    void table() {
        createCompositeTable("tbl");
        for (int i = 0; i < ITEMS; i++) {
            int k = i;
            client.putItem(b -> b.tableName("tbl").item(item("pk", "p" + (k % 97), "sk", k, "odd", k % 2)));
        }
    }

    private static Set<String> keys(List<Map<String, AttributeValue>> items) {
        Set<String> out = new HashSet<>();
        for (var i : items) {
            assertTrue(out.add(i.get("pk").s() + "/" + i.get("sk").n()), "no item twice");
        }
        return out;
    }

    @Test
    void aScanPagedByLimitReadsEveryItemOnce() {
        List<ScanResponse> pages = client.scanPaginator(b -> b.tableName("tbl").limit(37)).stream().toList();
        assertEquals(ITEMS, keys(pages.stream().flatMap(p -> p.items().stream()).toList()).size());
        assertEquals(ITEMS / 37 + 1, pages.size());
        assertTrue(pages.stream().limit(pages.size() - 1).allMatch(p -> p.scannedCount() == 37));
    }

    @Test
    void parallelSegmentsPartitionTheTable() {
        for (int total : new int[] {1, 3, 8, 1000}) {
            Set<String> seen = new HashSet<>();
            int sum = 0;
            for (int segment = 0; segment < total; segment++) {
                int seg = segment;
                List<Map<String, AttributeValue>> items = client
                        .scanPaginator(b -> b.tableName("tbl").segment(seg).totalSegments(total).limit(50)).items().stream().toList();
                sum += items.size();
                seen.addAll(keys(items));
            }
            assertEquals(ITEMS, sum, total + " segments: each item in exactly one");
            assertEquals(ITEMS, seen.size());
        }
    }

    @Test
    void aPartitionLivesInOneSegment() {
        Map<String, Integer> segmentOf = new java.util.HashMap<>();
        for (int segment = 0; segment < 4; segment++) {
            int seg = segment;
            client.scanPaginator(b -> b.tableName("tbl").segment(seg).totalSegments(4)).items()
                    .forEach(i -> assertEquals(seg, segmentOf.merge(i.get("pk").s(), seg, (a, b) -> a)));
        }
        assertEquals(97, segmentOf.size());
    }

    @Test
    void filterAndCountApplyToTheScan() {
        ScanResponse r = client.scan(b -> b.tableName("tbl").filterExpression("odd = :one")
                .expressionAttributeValues(Map.of(":one", n(1))).select(Select.COUNT));
        assertEquals(ITEMS / 2, r.count());
        assertEquals(ITEMS, r.scannedCount());
        assertTrue(!r.hasItems());
    }

    @Test
    void aStartKeyFromAnotherSegmentIsRefused() {
        for (int[] pair : new int[][] {{1, 0}, {0, 1}}) { // a key of segment pair[0], sent with segment pair[1]
            int from = pair[0];
            int to = pair[1];
            Map<String, AttributeValue> start = client.scan(b -> b.tableName("tbl").segment(from).totalSegments(2).limit(1))
                    .lastEvaluatedKey();
            assertEquals(2, start.size(), "a page of one item stops with a start key");
            assertValidation("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey"
                    + " with correct Segment. TotalSegments: 2 Segment: " + to,
                    () -> client.scan(b -> b.tableName("tbl").segment(to).totalSegments(2).exclusiveStartKey(start)));
            assertEquals(1, client.scan(b -> b.tableName("tbl").segment(from).totalSegments(2).limit(1)
                    .exclusiveStartKey(start)).count(), "the same key goes on in its own segment");
        }
    }

    @Test
    void segmentsAreValidated() {
        assertValidation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4"
                + " is not less than TotalSegments: 4", () -> client.scan(b -> b.tableName("tbl").segment(4).totalSegments(4)));
        assertValidation("The TotalSegments parameter is required but was not present in the request when Segment"
                + " parameter is present", () -> client.scan(b -> b.tableName("tbl").segment(1)));
        assertValidation("The Segment parameter is required but was not present in the request when parameter"
                + " TotalSegments is present", () -> client.scan(b -> b.tableName("tbl").totalSegments(2)));
        assertValidation("1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint:"
                + " Member must have value less than or equal to 1000000",
                () -> client.scan(b -> b.tableName("tbl").segment(0).totalSegments(1_000_001)));
        assertValidation("1 validation error detected: Value '0' at 'totalSegments' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1",
                () -> client.scan(b -> b.tableName("tbl").segment(0).totalSegments(0)));
    }

    @Test
    void aStartKeyMustBeTheTableKey() {
        assertValidation("The provided starting key is invalid: The provided key element does not match the schema",
                () -> client.scan(b -> b.tableName("tbl").exclusiveStartKey(Map.of("pk", s("p1"), "sk", s("x")))));
    }
}
