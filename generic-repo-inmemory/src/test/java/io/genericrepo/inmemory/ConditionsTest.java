package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

class ConditionsTest extends EngineTestSupport {

    @BeforeEach
    void table() {
        createCompositeTable("tbl");
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1, "status", "NEW", "qty", 3)));
    }

    @Test
    void putUnderAPassingConditionWrites() {
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1, "status", "PAID"))
                .conditionExpression("#s = :new").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":new", s("NEW"))));
        assertEquals("PAID", client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).item().get("status").s());
    }

    @Test
    void putUnderAFailingConditionLeavesTheItemAndCarriesItWhenAsked() {
        ConditionalCheckFailedException e = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", "The conditional request failed",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1, "status", "PAID"))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(item("pk", "a", "sk", 1, "status", "NEW", "qty", 3), e.item());
        assertEquals("NEW", client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).item().get("status").s());

        ConditionalCheckFailedException without = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", "The conditional request failed",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1))
                        .conditionExpression("attribute_not_exists(pk)")));
        assertFalse(without.hasItem());
    }

    @Test
    void conditionOnAMissingItemSeesNoAttributes() {
        client.putItem(b -> b.tableName("tbl").item(item("pk", "new", "sk", 1)).conditionExpression("attribute_not_exists(pk)"));
        assertTrue(client.getItem(b -> b.tableName("tbl").key(item("pk", "new", "sk", 1))).hasItem());
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> client.deleteItem(b -> b.tableName("tbl").key(item("pk", "none", "sk", 1)).conditionExpression("attribute_exists(pk)")));
    }

    @Test
    void deleteUnderAConditionDeletesOnlyWhenItHolds() {
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> client.deleteItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1)).conditionExpression("qty > :q")
                        .expressionAttributeValues(Map.of(":q", n(5)))));
        assertTrue(client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).hasItem());
        client.deleteItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1)).conditionExpression("qty < :q")
                .expressionAttributeValues(Map.of(":q", n(5))));
        assertFalse(client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).hasItem());
    }

    @Test
    void unusedPlaceholdersAreRefused() {
        assertValidation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1)).conditionExpression("qty > :q")
                        .expressionAttributeValues(Map.of(":q", n(1), ":unused", n(2)))));
        assertValidation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1))
                        .conditionExpression("attribute_exists(pk)").expressionAttributeNames(Map.of("#unused", "x"))));
    }

    @Test
    void aBadConditionIsAValidationErrorNamingTheExpression() {
        var e = assertThrowsValidation(() -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1))
                .conditionExpression("qty >")));
        assertTrue(e.startsWith("Invalid ConditionExpression: "), e);
    }

    private static String assertThrowsValidation(org.junit.jupiter.api.function.Executable call) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                DynamoDbException.class, call);
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        return e.awsErrorDetails().errorMessage();
    }

    @Test
    void twoMissingOperandsAreEqualAndNotUnequal() {
        assertEquals(0, client.scan(b -> b.tableName("tbl").filterExpression("nope <> gone")).count(),
                "two missing attributes are not unequal (dynalite and moto; the docs are silent)");
        assertEquals(1, client.scan(b -> b.tableName("tbl").filterExpression("nope <> qty")).count());
        assertEquals(1, client.scan(b -> b.tableName("tbl").filterExpression("nope <> :v")
                .expressionAttributeValues(Map.of(":v", n(1)))).count());
        assertEquals(1, client.scan(b -> b.tableName("tbl").filterExpression("NOT (nope <> gone)")).count(),
                "NOT of a false <> holds");
        assertEquals(1, client.scan(b -> b.tableName("tbl").filterExpression("nope = gone")).count());
        assertEquals(0, client.scan(b -> b.tableName("tbl").filterExpression("nope = qty")).count());
        assertEquals(0, client.scan(b -> b.tableName("tbl").filterExpression("nope <= gone")).count(),
                "ordering needs two values (dynalite and moto differ here; the engine says false)");
    }

    @Test
    void binaryOperandsThatAreNotUtf8AreComparedAndShownInBase64() {
        AttributeValue low = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0x00}));
        AttributeValue high = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0xff}));
        client.putItem(b -> b.tableName("tbl").item(Map.of("pk", s("b"), "sk", n(1),
                "bin", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0x80})))));
        assertEquals(1, client.scan(b -> b.tableName("tbl").filterExpression("bin BETWEEN :lo AND :hi")
                .expressionAttributeValues(Map.of(":lo", low, ":hi", high))).count());
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> client.deleteItem(b -> b.tableName("tbl").key(item("pk", "b", "sk", 1)).conditionExpression("bin > :hi")
                        .expressionAttributeValues(Map.of(":hi", high))));
        assertValidation("Invalid FilterExpression: The BETWEEN operator requires upper bound to be greater than or equal"
                + " to lower bound; lower bound operand: AttributeValue: {B:/w==}, upper bound operand: AttributeValue: {B:AA==}",
                () -> client.scan(b -> b.tableName("tbl").filterExpression("bin BETWEEN :hi AND :lo")
                        .expressionAttributeValues(Map.of(":lo", low, ":hi", high))));
        assertValidation("Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper"
                + " bounds; lower bound operand: AttributeValue: {B:/w==}, upper bound operand: AttributeValue: {N:1}",
                () -> client.deleteItem(b -> b.tableName("tbl").key(item("pk", "b", "sk", 1))
                        .conditionExpression("bin BETWEEN :hi AND :one")
                        .expressionAttributeValues(Map.of(":hi", high, ":one", n(1)))));
    }
}
