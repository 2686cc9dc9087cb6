package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class ItemsTest extends EngineTestSupport {

    @BeforeEach
    void tables() {
        createCompositeTable("tbl");
        client.createTable(b -> b.tableName("indexed").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hash("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("g", ScalarAttributeType.N))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-g").keySchema(hash("g"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build()));
    }

    @Test
    void putThenGetReturnsTheItemAndDeleteRemovesIt() {
        Map<String, AttributeValue> stored = item("pk", "a", "sk", 1, "name", "Ann", "tags",
                AttributeValue.fromSs(java.util.List.of("x", "y")));
        client.putItem(b -> b.tableName("tbl").item(stored));
        assertEquals(stored, client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).item());
        assertFalse(client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 2))).hasItem());
        client.deleteItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1)));
        assertFalse(client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).hasItem());
    }

    @Test
    void numbersInKeysAreComparedNumerically() {
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", n("1.50"), "v", "first")));
        Map<String, AttributeValue> got = client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", n("1.5")))).item();
        assertEquals("first", got.get("v").s());
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", n("15e-1"), "v", "second")));
        assertEquals(1, client.scan(b -> b.tableName("tbl")).count(), "1.50, 1.5 and 15e-1 are one key");
    }

    @Test
    void putReplacesAndReturnsTheOldItemWhenAsked() {
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1, "v", "old")));
        var r = client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1, "v", "new")).returnValues(ReturnValue.ALL_OLD));
        assertEquals("old", r.attributes().get("v").s());
        var none = client.putItem(b -> b.tableName("tbl").item(item("pk", "b", "sk", 1)).returnValues(ReturnValue.ALL_OLD));
        assertFalse(none.hasAttributes());
        var deleted = client.deleteItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1)).returnValues(ReturnValue.ALL_OLD));
        assertEquals("new", deleted.attributes().get("v").s());
    }

    @Test
    void putAndDeleteAllowOnlyAllOldOrNone() {
        assertValidation("ReturnValues can only be ALL_OLD or NONE", () -> client.putItem(b -> b.tableName("tbl")
                .item(item("pk", "a", "sk", 1)).returnValues(ReturnValue.ALL_NEW)));
        assertValidation("ReturnValues can only be ALL_OLD or NONE", () -> client.deleteItem(b -> b.tableName("tbl")
                .key(item("pk", "a", "sk", 1)).returnValues(ReturnValue.UPDATED_OLD)));
    }

    @Test
    void keysMustBeExactlyTheKeyAttributesWithTheirTypes() {
        String mismatch = "The provided key element does not match the schema";
        assertValidation(mismatch, () -> client.getItem(b -> b.tableName("tbl").key(item("pk", "a"))));
        assertValidation(mismatch, () -> client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1, "x", "y"))));
        assertValidation(mismatch, () -> client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", "1"))));
        assertValidation(mismatch, () -> client.deleteItem(b -> b.tableName("tbl").key(item("pk", 1, "sk", 1))));
        assertValidation("One or more parameter values were invalid: The AttributeValue for a key attribute cannot"
                + " contain an empty string value. Key: pk", () -> client.getItem(b -> b.tableName("tbl").key(item("pk", "", "sk", 1))));
    }

    @Test
    void itemsMustCarryTheKeyWithItsType() {
        assertValidation("One or more parameter values were invalid: Missing the key sk in the item",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a"))));
        assertValidation("One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", "one"))));
        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
                + " contain an empty string value. Key: pk", () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "", "sk", 1))));
        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g Expected: N Actual: S"
                + " IndexName: by-g", () -> client.putItem(b -> b.tableName("indexed").item(item("pk", "a", "g", "x"))));
    }

    @Test
    void keysAndItemsHaveSizeLimits() {
        client.putItem(b -> b.tableName("tbl").item(item("pk", "p".repeat(2048), "sk", 1)));
        assertValidation("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit"
                + " of2048 bytes", () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "p".repeat(2049), "sk", 1))));
        client.createTable(b -> b.tableName("bin").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.B)));
        assertValidation("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the"
                + " size limit of 1024 bytes", () -> client.putItem(b -> b.tableName("bin")
                        .item(item("pk", "a", "sk", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[1025]))))));
        client.putItem(b -> b.tableName("tbl").item(item("pk", "big", "sk", 1, "data", "d".repeat(400 * 1024 - 100))));
        assertValidation("Item size has exceeded the maximum allowed size",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "big", "sk", 2, "data", "d".repeat(400 * 1024)))));
    }

    @Test
    void legacyParametersAreRefusedByName() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> client.putItem(b -> b
                .tableName("tbl").item(item("pk", "a", "sk", 1))
                .expected(Map.of("v", ExpectedAttributeValue.builder().exists(false).build()))));
        assertTrue(e.getMessage().contains("Expected"), e.getMessage());
        e = assertThrows(UnsupportedOperationException.class, () -> client.scan(b -> b.tableName("tbl")
                .conditionalOperator("AND")));
        assertTrue(e.getMessage().contains("ConditionalOperator"), e.getMessage());
    }

    @Test
    void placeholdersWithoutExpressionsAreRefused() {
        assertValidation("ExpressionAttributeNames can only be specified when using expressions",
                () -> client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1)).expressionAttributeNames(Map.of("#a", "a"))));
        assertValidation("ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null",
                () -> client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1)).expressionAttributeValues(Map.of(":a", s("a")))));
        assertValidation("ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and"
                + " ConditionExpression are null", () -> client.updateItem(b -> b.tableName("tbl")
                        .key(item("pk", "a", "sk", 1)).expressionAttributeValues(Map.of(":a", s("a")))));
    }

    @Test
    void storedItemsCannotBeChangedThroughWhatIsReturned() {
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1, "v", "x")));
        Map<String, AttributeValue> got = client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).item();
        assertThrows(UnsupportedOperationException.class, () -> got.put("v", s("changed")));
    }
}
