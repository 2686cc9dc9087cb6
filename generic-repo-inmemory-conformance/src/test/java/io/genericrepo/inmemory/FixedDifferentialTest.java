package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.testing.DynaliteExtension;
import io.genericrepo.testing.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The same requests against the engine and against the pinned dynalite: answers (items, counts,
 * LastEvaluatedKey, returned attributes) and errors (exception class, error code, message) must be
 * equal. Where dynalite is known to differ from DynamoDB's documentation, the docs win and the
 * behaviour tests say why; none of those cases is here.
 */
@ExtendWith(DynaliteExtension.class)
class FixedDifferentialTest {

    private final DynamoDbClient dynalite;
    private InMemoryDynamoDb engine;
    private String table;

    FixedDifferentialTest(DynamoDbClient dynalite) {
        this.dynalite = dynalite;
    }

    @BeforeEach
    void tables() {
        engine = InMemoryDynamoDb.create();
        table = DynaliteExtension.uniqueTableName("diff");
        both(c -> c.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(EngineTestSupport.hash("pk"), EngineTestSupport.range("sk"))
                .attributeDefinitions(EngineTestSupport.def("pk", ScalarAttributeType.S),
                        EngineTestSupport.def("sk", ScalarAttributeType.N), EngineTestSupport.def("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-g").keySchema(EngineTestSupport.hash("g"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build())).tableDescription().tableName());
        Tables.awaitActive(dynalite, table); // dynalite answers CREATING and turns ACTIVE on a later tick
        for (int i = 0; i < 12; i++) {
            int k = i;
            both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p" + (k % 3), "sk", k,
                    "g", k % 2 == 0 ? "even" : "odd", "v", k))).attributes());
        }
    }

    @AfterEach
    void close() {
        dynalite.deleteTable(b -> b.tableName(table));
        engine.close();
    }

    /** Runs the call on both; returns what both answered (or the error both gave, as text). */
    private Object both(Function<DynamoDbClient, Object> call) {
        Object expected = outcome(dynalite, call);
        Object actual = outcome(engine.client(), call);
        assertEquals(expected, actual);
        return actual;
    }

    private static Object outcome(DynamoDbClient client, Function<DynamoDbClient, Object> call) {
        try {
            return call.apply(client);
        } catch (AwsServiceException e) {
            return e.getClass().getSimpleName() + " " + e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
        }
    }

    private static List<Object> page(QueryResponse r) {
        return List.of(r.count(), r.scannedCount(), r.items(), r.lastEvaluatedKey());
    }

    private static List<Object> page(ScanResponse r) {
        return List.of(r.count(), r.scannedCount(), r.items(), r.lastEvaluatedKey());
    }

    @Test
    void queriesWithLimitFilterAndDirection() {
        both(c -> page(c.query(b -> b.tableName(table).keyConditionExpression("pk = :p").limit(2)
                .filterExpression("v > :v").expressionAttributeValues(Map.of(":p", EngineTestSupport.s("p1"), ":v", EngineTestSupport.n(1))))));
        both(c -> page(c.query(b -> b.tableName(table).keyConditionExpression("pk = :p AND sk BETWEEN :a AND :b")
                .scanIndexForward(false).expressionAttributeValues(Map.of(":p", EngineTestSupport.s("p0"),
                        ":a", EngineTestSupport.n(2), ":b", EngineTestSupport.n(9))))));
        both(c -> page(c.query(b -> b.tableName(table).keyConditionExpression("pk = :p").select(Select.COUNT)
                .expressionAttributeValues(Map.of(":p", EngineTestSupport.s("p2"))))));
    }

    @Test
    void indexQueriesAndTheirLastEvaluatedKey() {
        // which items come first in an index partition without a sort key is DynamoDB's own (hash) order: dynalite
        // hashes the table key, the engine orders by it; only the shape of the answer is compared
        both(c -> {
            QueryResponse r = c.query(b -> b.tableName(table).indexName("by-g").keyConditionExpression("g = :g").limit(3)
                    .expressionAttributeValues(Map.of(":g", EngineTestSupport.s("odd"))));
            return List.of(r.count(), r.lastEvaluatedKey().keySet(), r.items().get(0).keySet());
        });
        both(c -> page(c.query(b -> b.tableName(table).indexName("by-g").keyConditionExpression("g = :g")
                .select(Select.ALL_ATTRIBUTES).expressionAttributeValues(Map.of(":g", EngineTestSupport.s("odd"))))));
        both(c -> page(c.query(b -> b.tableName(table).indexName("by-g").keyConditionExpression("g = :g")
                .consistentRead(true).expressionAttributeValues(Map.of(":g", EngineTestSupport.s("odd"))))));
    }

    @Test
    void scansCountAndFilter() {
        both(c -> {
            ScanResponse r = c.scan(b -> b.tableName(table).filterExpression("v >= :v")
                    .expressionAttributeValues(Map.of(":v", EngineTestSupport.n(6))).select(Select.COUNT));
            return List.of(r.count(), r.scannedCount());
        });
        both(c -> c.scan(b -> b.tableName(table).limit(5)).lastEvaluatedKey().keySet());
    }

    @Test
    void writesAndTheirReturnValues() {
        both(c -> {
            UpdateItemResponse r = c.updateItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "p0", "sk", 0))
                    .updateExpression("SET v = v + :one, w = :w").expressionAttributeValues(Map.of(":one",
                            EngineTestSupport.n(1), ":w", EngineTestSupport.s("new"))).returnValues(ReturnValue.UPDATED_NEW));
            return r.attributes();
        });
        both(c -> {
            PutItemResponse r = c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p0", "sk", 0))
                    .returnValues(ReturnValue.ALL_OLD));
            return r.attributes();
        });
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p0", "sk", 0))
                .conditionExpression("attribute_not_exists(pk)")));
        both(c -> {
            GetItemResponse r = c.getItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "p0", "sk", 0)));
            return r.item();
        });
    }

    @Test
    void validationErrors() {
        both(c -> c.getItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "p0"))));
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p0", "sk", "x"))));
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p0", "sk", 1, "g", EngineTestSupport.n(1)))));
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p0", "sk", 1,
                "big", "x".repeat(400 * 1024)))));
        both(c -> c.updateItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "p0", "sk", 0))
                .updateExpression("SET sk = :v").expressionAttributeValues(Map.of(":v", EngineTestSupport.n(1)))));
        both(c -> c.getItem(b -> b.tableName("no-such-table").key(EngineTestSupport.item("pk", "p0", "sk", 0))));
        both(c -> c.describeTable(b -> b.tableName("no-such-table")));
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p0", "sk", 0))
                .expressionAttributeValues(Map.of(":v", EngineTestSupport.n(1)))));
    }

    @Test
    void batches() {
        both(c -> {
            List<WriteRequest> writes = new ArrayList<>();
            for (int i = 100; i < 125; i++) {
                int k = i;
                writes.add(WriteRequest.builder().putRequest(p -> p.item(EngineTestSupport.item("pk", "b", "sk", k))).build());
            }
            return c.batchWriteItem(b -> b.requestItems(Map.of(table, writes))).unprocessedItems();
        });
        both(c -> c.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
                WriteRequest.builder().deleteRequest(d -> d.key(EngineTestSupport.item("pk", "b", "sk", 100))).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(EngineTestSupport.item("pk", "b", "sk", 100))).build())))));
        both(c -> {
            BatchGetItemResponse r = c.batchGetItem(b -> b.requestItems(Map.of(table, KeysAndAttributes.builder()
                    .keys(List.of(EngineTestSupport.item("pk", "b", "sk", 101), EngineTestSupport.item("pk", "b", "sk", 999)))
                    .projectionExpression("sk").build())));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("items", r.responses().get(table));
            out.put("unprocessed", r.unprocessedKeys());
            return out;
        });
    }

    @Test
    void moreValidationErrors() {
        both(c -> c.getItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "", "sk", 0))));
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "", "sk", 0))));
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "p", "sk", 0)).returnValues(ReturnValue.ALL_NEW)));
        both(c -> c.deleteItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "p0", "sk", 0))
                .conditionExpression("v = :x").expressionAttributeValues(Map.of(":x", EngineTestSupport.n(42)))));
        both(c -> c.query(b -> b.tableName(table)));
        both(c -> c.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", EngineTestSupport.s("p0"))).exclusiveStartKey(EngineTestSupport.item("pk", "p0"))));
        both(c -> c.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", EngineTestSupport.s("p0")))
                .exclusiveStartKey(EngineTestSupport.item("pk", "p1", "sk", 1))));
        both(c -> c.scan(b -> b.tableName(table).segment(3).totalSegments(3)));
        both(c -> c.scan(b -> b.tableName(table).filterExpression("v > :v").expressionAttributeValues(Map.of(":v",
                EngineTestSupport.n(1))).expressionAttributeNames(Map.of("#unused", "x"))));
        both(c -> c.query(b -> b.tableName(table).indexName("nope").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", EngineTestSupport.s("p0")))));
        both(c -> c.batchGetItem(b -> b.requestItems(Map.of(table, KeysAndAttributes.builder()
                .keys(List.of(EngineTestSupport.item("pk", "b", "sk", 1), EngineTestSupport.item("pk", "b", "sk", 1))).build()))));
        // 26 writes to one table: dynalite (like DynamoDB) prints the whole request in a model-constraint message;
        // the engine says "Too many items requested for the BatchWriteItem call", as both do for 26 over two tables
        both(c -> {
            List<WriteRequest> writes = new ArrayList<>();
            for (int i = 0; i < 26; i++) {
                int k = i;
                writes.add(WriteRequest.builder().putRequest(p -> p.item(EngineTestSupport.item("pk", "x", "sk", k))).build());
            }
            Object outcome = outcome(c, x -> x.batchWriteItem(b -> b.requestItems(Map.of(table, writes))));
            return String.valueOf(outcome).substring(0, "DynamoDbException ValidationException".length());
        });
        both(c -> c.createTable(b -> b.tableName(table + "-bad").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(EngineTestSupport.hash("a"), EngineTestSupport.hash("b"))
                .attributeDefinitions(EngineTestSupport.def("a", ScalarAttributeType.S), EngineTestSupport.def("b", ScalarAttributeType.S))));
        // dynalite's ResourceInUseException has an empty message; DynamoDB's says "Table already exists: <name>"
        // (as the engine does, TablesTest): only the class and code are compared
        both(c -> String.valueOf(outcome(c, x -> x.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(EngineTestSupport.hash("a")).attributeDefinitions(EngineTestSupport.def("a", ScalarAttributeType.S)))))
                .split(":")[0]);
    }

    @Test
    void onePagePerMegabyte() {
        String blob = "x".repeat(100_000);
        for (int i = 0; i < 12; i++) {
            int k = i;
            both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "big", "sk", k, "blob", blob))).attributes());
        }
        both(c -> {
            QueryResponse r = c.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", EngineTestSupport.s("big"))));
            return List.of(r.count(), r.scannedCount(), r.lastEvaluatedKey());
        });
    }

    @Test
    void consumedCapacityOfSingleItemWrites() {
        both(c -> c.putItem(b -> b.tableName(table).item(EngineTestSupport.item("pk", "cap", "sk", 1, "blob", "x".repeat(2500)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity());
        both(c -> c.getItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "cap", "sk", 1)).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity());
        both(c -> c.getItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "none", "sk", 1))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity());
        both(c -> c.deleteItem(b -> b.tableName(table).key(EngineTestSupport.item("pk", "cap", "sk", 1))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity());
        both(c -> c.query(b -> b.tableName(table).keyConditionExpression("pk = :p").expressionAttributeValues(
                Map.of(":p", EngineTestSupport.s("p1"))).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity());
    }
}
