package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

class QueryTest extends EngineTestSupport {

    @BeforeEach
    void table() {
        client.createTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N),
                        def("status", ScalarAttributeType.S), def("total", ScalarAttributeType.N))
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName("by-status").keySchema(hash("status"), range("total"))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build(),
                        GlobalSecondaryIndex.builder().indexName("by-status-all").keySchema(hash("status"))
                                .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-total")
                        .keySchema(hash("pk"), range("total")).projection(p -> p.projectionType(ProjectionType.ALL)).build()));
        for (int i = 1; i <= 10; i++) {
            int sk = i;
            client.putItem(b -> b.tableName("orders").item(item("pk", "c1", "sk", sk, "status", sk % 2 == 0 ? "PAID" : "NEW",
                    "total", 100 - sk, "note", "n" + sk)));
        }
        client.putItem(b -> b.tableName("orders").item(item("pk", "c2", "sk", 1, "note", "no status")));
    }

    private QueryRequest.Builder partition(String pk) {
        return QueryRequest.builder().tableName("orders").keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk)));
    }

    private static List<Integer> sks(QueryResponse r) {
        return r.items().stream().map(i -> Integer.parseInt(i.get("sk").n())).toList();
    }

    @Test
    void aPartitionComesInSortKeyOrderEitherWay() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), sks(client.query(partition("c1").build())));
        assertEquals(List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), sks(client.query(partition("c1").scanIndexForward(false).build())));
        QueryResponse other = client.query(partition("c2").build());
        assertEquals(1, other.count());
        assertEquals(0, client.query(partition("nobody").build()).count());
    }

    @Test
    void sortKeyConditionsNarrowThePartition() {
        QueryResponse r = client.query(b -> b.tableName("orders").keyConditionExpression("pk = :pk AND sk BETWEEN :a AND :b")
                .expressionAttributeValues(Map.of(":pk", s("c1"), ":a", n(3), ":b", n(5))));
        assertEquals(List.of(3, 4, 5), sks(r));
        assertEquals(3, r.scannedCount());
        r = client.query(b -> b.tableName("orders").keyConditionExpression("pk = :pk AND sk > :a")
                .expressionAttributeValues(Map.of(":pk", s("c1"), ":a", n(8))).scanIndexForward(false));
        assertEquals(List.of(10, 9), sks(r));
    }

    @Test
    void aFilterNamingAKeyOfWhatIsQueriedIsRefused() {
        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
                () -> client.query(partition("c1").filterExpression("sk > :one")
                        .expressionAttributeValues(Map.of(":pk", s("c1"), ":one", n(1))).build()));
        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: pk",
                () -> client.query(partition("c1").filterExpression("attribute_exists(#k.x)")
                        .expressionAttributeNames(Map.of("#k", "pk")).build()));
        // on an index, the index's keys are the ones refused; the table's sort key may be filtered
        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: total",
                () -> client.query(partition("c1").indexName("by-total").filterExpression("note = :n OR #t > :t")
                        .expressionAttributeNames(Map.of("#t", "total")).expressionAttributeValues(Map.of(":pk", s("c1"), ":n", s("n1"), ":t", n(1))).build()));
        QueryResponse onIndex = client.query(partition("c1").indexName("by-total").filterExpression("sk <= :two")
                .expressionAttributeValues(Map.of(":pk", s("c1"), ":two", n(2))).build());
        assertEquals(List.of(2, 1), sks(onIndex));
    }

    @Test
    void limitCountsItemsEvaluatedAndTheFilterComesAfter() {
        QueryResponse r = client.query(partition("c1").limit(4).filterExpression("#s = :paid")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":pk", s("c1"), ":paid", s("PAID"))).build());
        assertEquals(List.of(2, 4), sks(r));
        assertEquals(2, r.count());
        assertEquals(4, r.scannedCount());
        assertEquals(Map.of("pk", s("c1"), "sk", n(4)), r.lastEvaluatedKey());
    }

    @Test
    void pagesResumeAfterTheLastEvaluatedKey() {
        List<Integer> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            QueryResponse r = client.query(partition("c1").limit(3).exclusiveStartKey(start).build());
            all.addAll(sks(r));
            start = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), all);
        assertEquals(4, pages, "3 + 3 + 3 + 1; the last page is short and has no LastEvaluatedKey");
        assertEquals(10, client.queryPaginator(partition("c1").limit(2).build()).items().stream().count());
        List<Integer> backwards = client.queryPaginator(partition("c1").limit(3).scanIndexForward(false).build()).items()
                .stream().map(i -> Integer.parseInt(i.get("sk").n())).toList();
        assertEquals(List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), backwards);
    }

    @Test
    void aFullLimitEndsWithALastEvaluatedKeyEvenWhenNothingFollows() {
        QueryResponse r = client.query(partition("c1").limit(10).build());
        assertEquals(10, r.count());
        assertTrue(r.hasLastEvaluatedKey());
        QueryResponse next = client.query(partition("c1").limit(10).exclusiveStartKey(r.lastEvaluatedKey()).build());
        assertEquals(0, next.count());
        assertFalse(next.hasLastEvaluatedKey());
    }

    @Test
    void selectCountReturnsCountsOnly() {
        QueryResponse r = client.query(partition("c1").select(Select.COUNT).build());
        assertEquals(10, r.count());
        assertFalse(r.hasItems());
    }

    @Test
    void aGsiQueryIsOrderedByIndexSortKeyAndComposesItsLastEvaluatedKey() {
        QueryResponse r = client.query(b -> b.tableName("orders").indexName("by-status").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", s("PAID"))).limit(2));
        assertEquals(List.of(10, 8), sks(r), "totals 90, 92: ascending by index sort key");
        assertEquals(Map.of("pk", s("c1"), "sk", n(8), "status", s("PAID"), "total", n(92)), r.lastEvaluatedKey());
        assertEquals(Map.of("pk", s("c1"), "sk", n(10), "status", s("PAID"), "total", n(90)), r.items().get(0),
                "KEYS_ONLY projects the table and index keys only");
        QueryResponse rest = client.query(b -> b.tableName("orders").indexName("by-status").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", s("PAID")))
                .exclusiveStartKey(r.lastEvaluatedKey()));
        assertEquals(List.of(6, 4, 2), sks(rest));
    }

    @Test
    void indexTiesAreBrokenByTheTableKey() {
        QueryResponse r = client.query(b -> b.tableName("orders").indexName("by-status-all").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", s("NEW"))));
        assertEquals(List.of(1, 3, 5, 7, 9), sks(r));
        assertEquals("n1", r.items().get(0).get("note").s(), "ALL projects every attribute");
    }

    @Test
    void anItemWithoutTheIndexKeyIsNotInTheIndex() {
        assertEquals(10, client.scan(b -> b.tableName("orders").indexName("by-status-all")).count());
        assertEquals(0, client.query(b -> b.tableName("orders").indexName("by-total").keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("c2")))).count());
    }

    @Test
    void anLsiQueryOrdersThePartitionByTheIndexSortKey() {
        QueryResponse r = client.query(b -> b.tableName("orders").indexName("by-total").keyConditionExpression("pk = :pk AND #t < :t")
                .expressionAttributeNames(Map.of("#t", "total"))
                .expressionAttributeValues(Map.of(":pk", s("c1"), ":t", n(93))).consistentRead(true));
        assertEquals(List.of(10, 9, 8), sks(r));
    }

    @Test
    void indexesRefuseWhatTheyCannotServe() {
        assertValidation("Consistent reads are not supported on global secondary indexes",
                () -> client.query(b -> b.tableName("orders").indexName("by-status").keyConditionExpression("#s = :s")
                        .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", s("NEW")))
                        .consistentRead(true)));
        assertValidation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for"
                + " global secondary index by-status because its projection type is not ALL",
                () -> client.query(b -> b.tableName("orders").indexName("by-status").keyConditionExpression("#s = :s")
                        .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", s("NEW")))
                        .select(Select.ALL_ATTRIBUTES)));
        assertValidation("The table does not have the specified index: nope",
                () -> client.query(partition("c1").indexName("nope").build()));
        assertValidation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
                () -> client.query(partition("c1").select(Select.ALL_PROJECTED_ATTRIBUTES).build()));
    }

    @Test
    void requestsAreValidated() {
        assertValidation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.",
                () -> client.query(b -> b.tableName("orders")));
        assertValidation("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have"
                + " value greater than or equal to 1", () -> client.query(partition("c1").limit(0).build()));
        assertValidation("One or more parameter values were invalid: Condition parameter type does not match schema type",
                () -> client.query(b -> b.tableName("orders").keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", n(1)))));
        assertValidation("One or more parameter values were invalid: Condition parameter type does not match schema type",
                () -> client.query(b -> b.tableName("orders").keyConditionExpression("pk = :pk AND sk > :s")
                        .expressionAttributeValues(Map.of(":pk", s("c1"), ":s", s("1")))));
        assertValidation("The provided starting key is invalid",
                () -> client.query(partition("c1").exclusiveStartKey(Map.of("pk", s("c1"))).build()));
        assertValidation("The provided starting key is invalid: The provided key element does not match the schema",
                () -> client.query(partition("c1").exclusiveStartKey(Map.of("pk", s("c1"), "sk", s("1"))).build()));
        assertValidation("The provided starting key is outside query boundaries based on provided conditions",
                () -> client.query(partition("c1").exclusiveStartKey(Map.of("pk", s("c2"), "sk", n(1))).build()));
        assertValidation("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES",
                () -> client.query(partition("c1").select(Select.SPECIFIC_ATTRIBUTES).build()));
    }

    @Test
    void aPageEndsOnceOneMegabyteHasBeenRead() {
        client.createTable(b -> b.tableName("big").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N)));
        String blob = "x".repeat(100_000);
        for (int i = 0; i < 25; i++) {
            int sk = i;
            client.putItem(b -> b.tableName("big").item(item("pk", "p", "sk", sk, "blob", blob, "keep", sk % 5 == 0 ? "y" : "n")));
        }
        QueryResponse first = client.query(b -> b.tableName("big").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"), ":y", s("y"))).filterExpression("keep = :y"));
        assertEquals(11, first.scannedCount(), "10 items are under 1 MB; the 11th reaches it");
        assertEquals(3, first.count(), "the filter applies to what the page read: sk 0, 5, 10");
        assertEquals(n(10), first.lastEvaluatedKey().get("sk"));
        long total = client.queryPaginator(b -> b.tableName("big").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))).stream().mapToInt(QueryResponse::count).sum();
        assertEquals(25, total);
        assertNull(client.query(b -> b.tableName("big").keyConditionExpression("pk = :p AND sk >= :s")
                .expressionAttributeValues(Map.of(":p", s("p"), ":s", n(20)))).lastEvaluatedKey().get("sk"));
    }
}
