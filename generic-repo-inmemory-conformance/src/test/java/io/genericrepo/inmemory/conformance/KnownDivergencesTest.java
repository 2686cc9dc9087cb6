package io.genericrepo.inmemory.conformance;

import static io.genericrepo.inmemory.conformance.EngineTables.NUM;
import static io.genericrepo.inmemory.conformance.EngineTables.STR;
import static io.genericrepo.inmemory.conformance.EngineTables.errorCode;
import static io.genericrepo.inmemory.conformance.EngineTables.errorMessage;
import static io.genericrepo.inmemory.conformance.EngineTables.key;
import static io.genericrepo.inmemory.conformance.EngineTables.n;
import static io.genericrepo.inmemory.conformance.EngineTables.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * One test per {@link KnownDivergences} entry: where dynalite differs from DynamoDB's
 * documentation, the engine must follow the documentation.
 */
class KnownDivergencesTest {

    private final EngineTables tables = new EngineTables();

    @AfterEach
    void close() {
        tables.close();
    }

    @Test
    void listHasOneTestPerEntry() {
        assertEquals(22, KnownDivergences.values().length, "a new entry needs its test here");
    }

    @Test
    void falsyValues_inBetweenAttributeTypeAndSizeSeeFalseAndEmptyString() {
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s("s"),
                "flag", AttributeValue.fromBool(false), "a", s(""))));
        Map<String, AttributeValue> values = Map.of(":f", AttributeValue.fromBool(false), ":e", s(""), ":x", s("x"),
                ":S", s("S"), ":zero", n("0"));
        for (String filter : List.of("flag IN (:f)", "a IN (:e, :x)", "a BETWEEN :e AND :x", "attribute_type(a, :S)",
                "size(a) = :zero")) {
            Map<String, AttributeValue> used = new HashMap<>();
            values.forEach((k, v) -> {
                if (filter.contains(k)) {
                    used.put(k, v);
                }
            });
            int count = tables.client.scan(b -> b.tableName(STR).filterExpression(filter).expressionAttributeValues(used)).count();
            assertEquals(1, count, filter);
        }
    }

    @Test
    void betweenUnorderedBounds_areNeverTrueAndNotRefused() {
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s("s"),
                "flag", AttributeValue.fromBool(true), "tags", AttributeValue.fromSs(List.of("b")))));
        Map<String, AttributeValue> bools = Map.of(":hi", AttributeValue.fromBool(true), ":lo", AttributeValue.fromBool(false));
        assertEquals(0, tables.client.scan(b -> b.tableName(STR).filterExpression("flag BETWEEN :hi AND :lo")
                .expressionAttributeValues(bools)).count());
        assertEquals(0, tables.client.scan(b -> b.tableName(STR).filterExpression("flag BETWEEN :lo AND :hi")
                .expressionAttributeValues(bools)).count());
        assertEquals(0, tables.client.scan(b -> b.tableName(STR).filterExpression("tags BETWEEN :a AND :c")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromSs(List.of("a")),
                        ":c", AttributeValue.fromSs(List.of("c"))))).count());
    }

    @Test
    void utf16StringOrder_stringsCompareByUtf8Bytes() {
        String fullwidthTilde = "\uFF5E"; // UTF-8 EF BD 9E
        String emoji = "\uD83D\uDE00"; // UTF-8 F0 9F 98 80, but a surrogate pair below U+FF5E in UTF-16
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s(emoji), "a", s(fullwidthTilde))));
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s(fullwidthTilde))));
        assertEquals(1, tables.client.scan(b -> b.tableName(STR).filterExpression("a < :e")
                .expressionAttributeValues(Map.of(":e", s(emoji)))).count());
        QueryResponse query = tables.client.query(b -> b.tableName(STR).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))));
        assertEquals(List.of(fullwidthTilde, emoji), query.items().stream().map(i -> i.get("sk").s()).toList());
    }

    @Test
    void inOperandLimit_atMostOneHundredOperands() {
        assertEquals("no error", errorCode(() -> putWithIn(100)));
        assertEquals("ValidationException", errorCode(() -> putWithIn(101)));
    }

    private void putWithIn(int operands) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < operands; i++) {
            values.put(":v" + i, n(Integer.toString(i)));
            names.add(":v" + i);
        }
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s("in")))
                .conditionExpression("attribute_not_exists(n) OR n IN (" + String.join(", ", names) + ")")
                .expressionAttributeValues(values));
    }

    @Test
    void listContains_findsElementsOfEveryType() {
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s("l"), "lst", AttributeValue.fromL(List.of(
                AttributeValue.fromNul(true), AttributeValue.fromBool(true), AttributeValue.fromS("x"))))));
        for (AttributeValue element : List.of(AttributeValue.fromNul(true), AttributeValue.fromBool(true), s("x"))) {
            assertEquals(1, tables.client.scan(b -> b.tableName(STR).filterExpression("contains(lst, :v)")
                    .expressionAttributeValues(Map.of(":v", element))).count(), element.toString());
        }
        assertEquals(0, tables.client.scan(b -> b.tableName(STR).filterExpression("contains(lst, :v)")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromBool(false)))).count());
    }

    @Test
    void scanSegmentZero_needsTotalSegments() {
        assertEquals("ValidationException", errorCode(() -> tables.client.scan(b -> b.tableName(STR).segment(0))));
    }

    @Test
    void specificAttributesWithoutProjection_isRefused() {
        assertEquals("ValidationException", errorCode(() -> tables.client.scan(b -> b.tableName(STR)
                .select(Select.SPECIFIC_ATTRIBUTES))));
    }

    @Test
    void gsiEmptyStringKey_isRefusedAndNothingIsWritten() {
        String message = errorMessage(() -> tables.client.putItem(b -> b.tableName(STR)
                .item(Map.of("pk", s("p"), "sk", s("e"), "status", s(""), "gs", n("1")))));
        assertTrue(message.contains("cannot contain an empty string value"), message);
        assertFalse(tables.client.getItem(b -> b.tableName(STR).key(key("p", s("e")))).hasItem());
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s("e"), "gs", n("1"))));
        assertEquals("ValidationException", errorCode(() -> tables.client.updateItem(b -> b.tableName(STR)
                .key(key("p", s("e"))).updateExpression("SET #s = :e").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":e", s(""))))));
    }

    @Test
    void gsiScanConsistentRead_isRefused() {
        assertEquals("ValidationException", errorCode(() -> tables.client.scan(b -> b.tableName(STR).indexName("gsi_inc")
                .consistentRead(true))));
    }

    @Test
    void gsiUnprojectedAttributes_cannotBeRequested() {
        tables.client.putItem(b -> b.tableName(NUM).item(Map.of("pk", s("p"), "sk", n("1"), "gp", s("g"), "ls", s("a"),
                "b", AttributeValue.fromBool(true))));
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(NUM).indexName("gsi_keys")
                .keyConditionExpression("gp = :g").projectionExpression("b").expressionAttributeValues(Map.of(":g", s("g"))))));
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(NUM).indexName("gsi_keys")
                .keyConditionExpression("gp = :g").select(Select.ALL_ATTRIBUTES)
                .expressionAttributeValues(Map.of(":g", s("g"))))));
    }

    @Test
    void lsiTableFetch_unprojectedAttributesComeFromTheTable() {
        tables.client.putItem(b -> b.tableName(NUM).item(Map.of("pk", s("p"), "sk", n("1"), "ls", s("a"), "n", n("7"))));
        QueryResponse projected = tables.client.query(b -> b.tableName(NUM).indexName("lsi_inc")
                .keyConditionExpression("pk = :p").projectionExpression("ls, n").expressionAttributeValues(Map.of(":p", s("p"))));
        assertEquals(Map.of("ls", s("a"), "n", n("7")), projected.items().get(0));
        QueryResponse filtered = tables.client.query(b -> b.tableName(NUM).indexName("lsi_inc")
                .keyConditionExpression("pk = :p").filterExpression("n = :seven")
                .expressionAttributeValues(Map.of(":p", s("p"), ":seven", n("7"))));
        assertEquals(1, filtered.count());
    }

    @Test
    void unprocessedItems_batchGetReturnsAtMostSixteenMegabytes() {
        String big = "x".repeat(350 * 1024);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // 60 x 350 KB = 21 MB
            Map<String, AttributeValue> key = key("p", s("k" + i));
            keys.add(key);
            Map<String, AttributeValue> item = new HashMap<>(key);
            item.put("a", s(big));
            tables.client.putItem(b -> b.tableName(STR).item(item));
        }
        BatchGetItemResponse response = tables.client.batchGetItem(b -> b.requestItems(Map.of(STR,
                KeysAndAttributes.builder().keys(keys).build())));
        int returned = response.responses().getOrDefault(STR, List.of()).size();
        int unprocessed = response.unprocessedKeys().containsKey(STR) ? response.unprocessedKeys().get(STR).keys().size() : 0;
        // whether the item that crosses 16 MB is still returned is not documented: allow one
        assertTrue((returned - 1) * 350 * 1024 < 16 * 1024 * 1024, returned + " items of 350 KB exceed 16 MB");
        assertTrue(unprocessed > 0, "the rest is left in UnprocessedKeys");
        assertEquals(60, returned + unprocessed, "every key is either returned or unprocessed");
    }

    @Test
    void indexTieOrder_indexQueriesAreSortedByTheIndexSortKeyAndReturnEveryTie() {
        for (String[] row : List.of(new String[] {"a", "2"}, new String[] {"b", "1"}, new String[] {"c", "2"}, new String[] {"d", "1"})) {
            tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s(row[0]), "status", s("open"),
                    "gs", n(row[1]))));
        }
        QueryResponse query = tables.client.query(b -> b.tableName(STR).indexName("gsi_inc").keyConditionExpression("#s = :o")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":o", s("open"))));
        assertEquals(List.of("1", "1", "2", "2"), query.items().stream().map(i -> i.get("gs").n()).toList());
        assertEquals(Set.of("a", "b", "c", "d"), new HashSet<>(query.items().stream().map(i -> i.get("sk").s()).toList()));
    }

    @Test
    void scanOrder_parallelSegmentsAreDisjointAndCoverTheTable() {
        for (int i = 0; i < 40; i++) {
            String sk = "k" + i;
            tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p" + sk.length() + sk), "sk", s(sk))));
        }
        List<String> seen = new ArrayList<>();
        for (int segment = 0; segment < 3; segment++) {
            int current = segment;
            tables.client.scan(b -> b.tableName(STR).segment(current).totalSegments(3)).items()
                    .forEach(i -> seen.add(i.get("sk").s()));
        }
        assertEquals(40, seen.size(), "no item in two segments");
        assertEquals(40, new HashSet<>(seen).size(), "every item in one segment");
    }

    @Test
    void itemSizeUtf8_stringsCountTheirUtf8Bytes() {
        String accepted = "\u00e9".repeat(204_000); // 408,000 UTF-8 bytes, with the key under 409,600
        String refused = "\u00e9".repeat(205_000); // 410,000 UTF-8 bytes but only 205,000 UTF-16 units
        assertEquals("no error", errorCode(() -> tables.client.putItem(b -> b.tableName(STR)
                .item(Map.of("pk", s("p"), "sk", s("z"), "a", s(accepted))))));
        assertEquals("ValidationException", errorCode(() -> tables.client.putItem(b -> b.tableName(STR)
                .item(Map.of("pk", s("p"), "sk", s("y"), "a", s(refused))))));
    }

    @Test
    void expressionSize_atMostFourKilobytes() {
        assertEquals("no error", errorCode(() -> tables.client.scan(b -> b.tableName(STR)
                .filterExpression("attribute_exists(a)" + " ".repeat(4096 - 19)))));
        assertEquals("Invalid FilterExpression: Expression size has exceeded the maximum allowed size; expression size: 4097",
                errorMessage(() -> tables.client.scan(b -> b.tableName(STR)
                        .filterExpression("attribute_exists(a)" + " ".repeat(4096 - 18)))));
    }

    @Test
    void operatorCount_atMostThreeHundred() {
        // NOT, 149 functions, 149 ORs and one comparison
        String threeHundred = "NOT attribute_exists(a)" + " OR attribute_exists(a)".repeat(148) + " OR a = :v";
        assertEquals("no error", errorCode(() -> tables.client.scan(b -> b.tableName(STR).filterExpression(threeHundred)
                .expressionAttributeValues(Map.of(":v", s("x"))))));
        assertEquals("Invalid FilterExpression: The expression contains too many operators; operator count: 302",
                errorMessage(() -> tables.client.scan(b -> b.tableName(STR).filterExpression(threeHundred + " OR a = :v")
                        .expressionAttributeValues(Map.of(":v", s("x"))))));
    }

    @Test
    void nestingLevels_atMostThirtyTwo() {
        AttributeValue value = s("leaf");
        for (int level = 1; level < 32; level++) {
            value = AttributeValue.fromM(Map.of("m", value));
        }
        AttributeValue thirtyTwo = value;
        assertEquals("no error", errorCode(() -> tables.client.putItem(b -> b.tableName(STR)
                .item(Map.of("pk", s("p"), "sk", s("deep"), "a", thirtyTwo)))));
        assertEquals("Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported"
                + " limit", errorMessage(() -> tables.client.putItem(b -> b.tableName(STR)
                .item(Map.of("pk", s("p"), "sk", s("deeper"), "a", AttributeValue.fromL(List.of(thirtyTwo)))))));
    }

    @Test
    void motoTransactGetProjection_returnsOnlyTheProjectedAttributes() {
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s("t"), "n", n("1"), "a", s("x"))));
        Map<String, AttributeValue> item = tables.client.transactGetItems(b -> b.transactItems(TransactGetItem.builder()
                .get(Get.builder().tableName(STR).key(key("p", s("t"))).projectionExpression("n").build()).build()))
                .responses().get(0).item();
        assertEquals(Map.of("n", n("1")), item);
    }

    @Test
    void motoClientRequestToken_replayAppliesOnceAndAChangedRequestFails() {
        TransactWriteItemsRequest increment = TransactWriteItemsRequest.builder().clientRequestToken("token-1")
                .transactItems(TransactWriteItem.builder().update(Update.builder().tableName(STR).key(key("p", s("i")))
                        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n("1"))).build()).build())
                .build();
        tables.client.transactWriteItems(increment);
        tables.client.transactWriteItems(increment);
        assertEquals(n("1"), tables.client.getItem(b -> b.tableName(STR).key(key("p", s("i")))).item().get("n"));
        TransactWriteItemsRequest changed = increment.toBuilder().transactItems(TransactWriteItem.builder()
                .update(Update.builder().tableName(STR).key(key("p", s("j"))).updateExpression("ADD n :one")
                        .expressionAttributeValues(Map.of(":one", n("1"))).build()).build()).build();
        assertEquals("IdempotentParameterMismatchException", errorCode(() -> tables.client.transactWriteItems(changed)));
    }

    @Test
    void motoTtlRepeatedUpdate_isRefusedWhileTheFirstIsInEffect() {
        UpdateTimeToLiveRequest enable = UpdateTimeToLiveRequest.builder().tableName(STR)
                .timeToLiveSpecification(TimeToLiveSpecification.builder().attributeName("exp").enabled(true).build()).build();
        tables.client.updateTimeToLive(enable);
        assertEquals("ValidationException", errorCode(() -> tables.client.updateTimeToLive(enable)));
        assertEquals("exp", tables.client.describeTimeToLive(b -> b.tableName(STR)).timeToLiveDescription().attributeName());
    }

    @Test
    void motoTtlUnknownTable_isResourceNotFoundException() {
        assertEquals("ResourceNotFoundException", errorCode(() -> tables.client.describeTimeToLive(b -> b.tableName("conf_none"))));
    }
}
