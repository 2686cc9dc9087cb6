package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * DynamoDB's documented limits on expressions and values ('Constraints', Developer Guide): an
 * expression string of at most 4 KB (UTF-8, as sent), at most 300 operators and functions in one,
 * and values nested at most 32 levels deep (the top-level attribute being level 1). None of them is
 * in dynalite or moto. Past the limits the engine answers DynamoDB's ValidationException, and input
 * far past them (thousands of parentheses, a value nested 100,000 deep) is refused the same way
 * instead of overflowing the caller's stack, on a thread with half the JVM's default stack too.
 */
class LimitsTest extends EngineTestSupport {

    private static final Map<String, AttributeValue> ONE = Map.of(":v", n(1));

    @BeforeEach
    void table() {
        createHashTable("things");
        client.putItem(b -> b.tableName("things").item(item("pk", "a", "v", 1, "l", AttributeValue.fromL(List.of(n(1))))));
    }

    private static String sizeError(String kind, int size) {
        return "Invalid " + kind + ": Expression size has exceeded the maximum allowed size; expression size: " + size;
    }

    private static String operatorError(String kind, int count) {
        return "Invalid " + kind + ": The expression contains too many operators; operator count: " + count;
    }

    private int scanCount(String filter) {
        return client.scan(b -> b.tableName("things").filterExpression(filter).expressionAttributeValues(ONE)).count();
    }

    @Test
    void anExpressionOfFourKilobytesIsAcceptedAndOneByteMoreIsRefused() {
        String atLimit = "v = :v" + " ".repeat(4096 - 6);
        assertEquals(1, scanCount(atLimit));
        assertValidation(sizeError("FilterExpression", 4097), () -> scanCount(atLimit + " "));
    }

    @Test
    void theSizeIsCountedInUtf8Bytes() {
        String name = "\u00e9".repeat(2047); // 2,047 characters, 4,094 UTF-8 bytes
        assertValidation(sizeError("ProjectionExpression", 4094 + 3), () -> client.getItem(b -> b.tableName("things")
                .key(item("pk", "a")).projectionExpression(name + ", v")));
    }

    @Test
    void everyKindOfExpressionHasTheLimit() {
        String pad = " ".repeat(4096);
        assertValidation(sizeError("ConditionExpression", 4096 + 21), () -> client.putItem(b -> b.tableName("things")
                .item(item("pk", "b")).conditionExpression("attribute_not_exists(pk)" + pad.substring(3))));
        assertValidation(sizeError("KeyConditionExpression", 4096 + 5), () -> client.query(b -> b.tableName("things")
                .keyConditionExpression("pk = :p" + pad.substring(2)).expressionAttributeValues(Map.of(":p", s("a")))));
        assertValidation(sizeError("UpdateExpression", 4096 + 8), () -> client.updateItem(b -> b.tableName("things")
                .key(item("pk", "a")).updateExpression("SET v = :v" + pad.substring(2)).expressionAttributeValues(ONE)));
        assertValidation(sizeError("ProjectionExpression", 4096 + 1), () -> client.getItem(b -> b.tableName("things")
                .key(item("pk", "a")).projectionExpression("v" + pad)));
    }

    @Test
    void threeHundredOperatorsAreAcceptedAndThreeHundredAndOneAreNot() {
        StringBuilder filter = new StringBuilder("NOT v = :w");
        for (int i = 0; i < 149; i++) {
            filter.append(" OR v = :v");
        }
        // NOT, 150 comparisons and 149 ORs
        assertEquals(1, client.scan(b -> b.tableName("things").filterExpression(filter.toString())
                .expressionAttributeValues(Map.of(":v", n(1), ":w", n(2)))).count());
        String over = filter + " OR v = :v";
        assertValidation(operatorError("FilterExpression", 302), () -> client.scan(b -> b.tableName("things")
                .filterExpression(over).expressionAttributeValues(Map.of(":v", n(1), ":w", n(2)))));
    }

    @Test
    void functionsAndBetweenAndInCountOnce() {
        StringBuilder filter = new StringBuilder("v BETWEEN :v AND :v");
        for (int i = 0; i < 74; i++) {
            filter.append(" AND size(l) IN (:v, :v)");
        }
        // BETWEEN, then per clause AND, size and IN: 1 + 74 * 3 = 223
        assertEquals(1, scanCount(filter.toString()));
        for (int i = 0; i < 26; i++) {
            filter.append(" AND size(l) IN (:v, :v)");
        }
        assertValidation(operatorError("FilterExpression", 301), () -> scanCount(filter.toString()));
    }

    @Test
    void deepNestingWithinFourKilobytesIsRefusedWithoutExhaustingTheStack() {
        String parentheses = "(".repeat(2040) + "v = :v" + ")".repeat(2040);
        String operandParentheses = "(".repeat(2040) + "v" + ")".repeat(2040) + " = :v";
        String nots = "NOT (".repeat(680) + "v = :v" + ")".repeat(680);
        String ands = "v = :v AND (".repeat(314) + "v = :v" + ")".repeat(314);
        String functions = "SET l = " + "list_append(".repeat(235) + ":l" + ", :l)".repeat(235);
        onSmallStack(() -> {
            assertValidation("Invalid FilterExpression: The expression has redundant parentheses;", () -> scanCount(parentheses));
            assertValidation("Invalid FilterExpression: The expression has redundant parentheses;",
                    () -> scanCount(operandParentheses));
            assertValidation(operatorError("FilterExpression", 681), () -> scanCount(nots));
            assertValidation(operatorError("FilterExpression", 629), () -> scanCount(ands));
            // the deepest function nesting 4 KB holds is under 300 functions: accepted, and applied
            assertTrue(functions.length() <= 4096, "within the size limit: " + functions.length());
            client.updateItem(b -> b.tableName("things").key(item("pk", "a")).updateExpression(functions)
                    .expressionAttributeValues(Map.of(":l", AttributeValue.fromL(List.of(n(1))))));
            assertEquals(236, client.getItem(b -> b.tableName("things").key(item("pk", "a"))).item().get("l").l().size());
        });
    }

    @Test
    void nestedFunctionsWithinTheLimitStillWork() {
        String functions = "SET l = " + "list_append(".repeat(5) + ":l" + ", :l)".repeat(5);
        client.updateItem(b -> b.tableName("things").key(item("pk", "a")).updateExpression(functions)
                .expressionAttributeValues(Map.of(":l", AttributeValue.fromL(List.of(n(7))))));
        assertEquals(6, client.getItem(b -> b.tableName("things").key(item("pk", "a"))).item().get("l").l().size());
    }

    /** {@code levels} levels: a map at level 1 holding a map ... holding a string at level {@code levels}. */
    private static AttributeValue nested(int levels) {
        AttributeValue value = s("leaf");
        for (int i = 1; i < levels; i++) {
            value = i % 2 == 0 ? AttributeValue.fromL(List.of(value)) : AttributeValue.fromM(Map.of("m", value));
        }
        return value;
    }

    private static final String NESTING = "Nesting Levels have exceeded supported limits: "
            + "Attributes in the item have nested levels beyond supported limit";

    @Test
    void thirtyTwoLevelsAreStoredAndThirtyThreeAreRefused() {
        client.putItem(b -> b.tableName("things").item(Map.of("pk", s("deep"), "d", nested(32))));
        assertEquals(nested(32), client.getItem(b -> b.tableName("things").key(item("pk", "deep"))).item().get("d"));
        assertValidation(NESTING, () -> client.putItem(b -> b.tableName("things")
                .item(Map.of("pk", s("deeper"), "d", nested(33)))));
        assertValidation(NESTING, () -> client.batchWriteItem(b -> b.requestItems(Map.of("things", List.of(
                WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("pk", s("ok"))).build()).build(),
                WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("pk", s("deeper"), "d", nested(33)))
                        .build()).build())))));
        assertFalse(client.getItem(b -> b.tableName("things").key(item("pk", "ok"))).hasItem(), "nothing of the batch written");
        assertFalse(client.getItem(b -> b.tableName("things").key(item("pk", "deeper"))).hasItem());
    }

    @Test
    void anUpdateThatWouldNestDeeperThanThirtyTwoLevelsIsRefusedAndChangesNothing() {
        client.putItem(b -> b.tableName("things").item(Map.of("pk", s("deep"), "d", AttributeValue.fromM(Map.of("m",
                AttributeValue.fromM(Map.of()))))));
        // d (1) . m (2) . x (3) holding a value of 31 levels: 33 in all
        assertValidation(NESTING, () -> client.updateItem(b -> b.tableName("things").key(item("pk", "deep"))
                .updateExpression("SET d.m.x = :v").expressionAttributeValues(Map.of(":v", nested(31)))));
        assertEquals(AttributeValue.fromM(Map.of()), client.getItem(b -> b.tableName("things").key(item("pk", "deep")))
                .item().get("d").m().get("m"));
        client.updateItem(b -> b.tableName("things").key(item("pk", "deep")).updateExpression("SET d.m.x = :v")
                .expressionAttributeValues(Map.of(":v", nested(30))));
    }

    @Test
    void aValueNestedAHundredThousandLevelsIsRefusedWithoutExhaustingTheStack() {
        AttributeValue value = s("leaf");
        for (int i = 0; i < 100_000; i++) {
            value = AttributeValue.fromL(List.of(value));
        }
        AttributeValue deep = value;
        onSmallStack(() -> {
            assertValidation(NESTING, () -> client.putItem(b -> b.tableName("things").item(Map.of("pk", s("x"), "d", deep))));
            DynamoDbException e = org.junit.jupiter.api.Assertions.assertThrows(DynamoDbException.class,
                    () -> client.scan(b -> b.tableName("things").filterExpression("d = :d")
                            .expressionAttributeValues(Map.of(":d", deep))));
            assertTrue(e.awsErrorDetails().errorMessage().contains(NESTING), e.awsErrorDetails().errorMessage());
        });
    }

    /** Runs the checks, unwarmed, on a thread with a 512 KB stack, half the JVM's default on 64-bit Linux. */
    private static void onSmallStack(Executable checks) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                checks.execute();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 512 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (failure.get() != null) {
            throw new AssertionError("on a 512 KB stack: " + failure.get(), failure.get());
        }
    }
}
