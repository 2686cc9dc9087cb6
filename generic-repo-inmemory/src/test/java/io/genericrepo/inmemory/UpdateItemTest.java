package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

class UpdateItemTest extends EngineTestSupport {

    @BeforeEach
    void table() {
        client.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N),
                        def("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-g").keySchema(hash("g"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build()));
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a", "sk", 1, "qty", 3, "name", "old")));
    }

    private UpdateItemRequest.Builder update(String expression, Map<String, AttributeValue> values) {
        return UpdateItemRequest.builder().tableName("tbl").key(item("pk", "a", "sk", 1)).updateExpression(expression)
                .expressionAttributeValues(values);
    }

    @Test
    void returnValuesGiveTheOldOrNewItemOrTheUpdatedParts() {
        var r = client.updateItem(update("SET qty = qty + :one", Map.of(":one", n(1))).returnValues(ReturnValue.UPDATED_NEW).build());
        assertEquals(Map.of("qty", n(4)), r.attributes());
        r = client.updateItem(update("SET qty = qty + :one", Map.of(":one", n(1))).returnValues(ReturnValue.UPDATED_OLD).build());
        assertEquals(Map.of("qty", n(4)), r.attributes());
        r = client.updateItem(update("SET #n = :n", Map.of(":n", s("new"))).expressionAttributeNames(Map.of("#n", "name"))
                .returnValues(ReturnValue.ALL_NEW).build());
        assertEquals(item("pk", "a", "sk", 1, "qty", 5, "name", "new"), r.attributes());
        r = client.updateItem(update("REMOVE qty", null).returnValues(ReturnValue.ALL_OLD).build());
        assertEquals(item("pk", "a", "sk", 1, "qty", 5, "name", "new"), r.attributes());
        r = client.updateItem(update("SET qty = :q", Map.of(":q", n(1))).build());
        assertFalse(r.hasAttributes());
    }

    /** Every operand is read from the item as it was: a map set into its own member is the map before the update. */
    @Test
    void aMapSetIntoItsOwnMemberIsItsValueBeforeTheUpdate() {
        client.updateItem(update("SET doc = :doc", Map.of(":doc", AttributeValue.fromM(Map.of("a", s("x"))))).build());
        var r = client.updateItem(update("SET doc.lst = doc", null).returnValues(ReturnValue.ALL_NEW).build());
        assertEquals(AttributeValue.fromM(Map.of("a", s("x"), "lst", AttributeValue.fromM(Map.of("a", s("x"))))),
                r.attributes().get("doc"));
        assertEquals(r.attributes(), client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).item());
    }

    @Test
    void anUpdateOfAMissingItemCreatesIt() {
        var r = client.updateItem(b -> b.tableName("tbl").key(item("pk", "new", "sk", 9)).updateExpression("ADD hits :one")
                .expressionAttributeValues(Map.of(":one", n(1))).returnValues(ReturnValue.ALL_NEW));
        assertEquals(item("pk", "new", "sk", 9, "hits", 1), r.attributes());
        var old = client.updateItem(b -> b.tableName("tbl").key(item("pk", "other", "sk", 9)).updateExpression("SET x = :x")
                .expressionAttributeValues(Map.of(":x", n(1))).returnValues(ReturnValue.ALL_OLD));
        assertFalse(old.hasAttributes());
    }

    @Test
    void aConditionGuardsTheUpdate() {
        ConditionalCheckFailedException e = assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed", () -> client.updateItem(update("SET qty = :q", Map.of(":q", n(0), ":min", n(10)))
                        .conditionExpression("qty > :min")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()));
        assertEquals(item("pk", "a", "sk", 1, "qty", 3, "name", "old"), e.item());
        client.updateItem(update("SET qty = :q", Map.of(":q", n(0), ":max", n(10))).conditionExpression("qty < :max").build());
        assertEquals(n(0), client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).item().get("qty"));
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        assertValidation("One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key",
                () -> client.updateItem(update("SET sk = :v", Map.of(":v", n(2))).build()));
    }

    @Test
    void anUpdateMustKeepIndexKeysOfTheirTypeAndTheItemUnder400Kb() {
        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: by-g",
                () -> client.updateItem(update("SET g = :v", Map.of(":v", n(2))).build()));
        client.updateItem(update("SET big = :v", Map.of(":v", s("b".repeat(300 * 1024)))).build());
        assertValidation("Item size has exceeded the maximum allowed size",
                () -> client.updateItem(update("SET big2 = :v", Map.of(":v", s("b".repeat(200 * 1024)))).build()));
        assertEquals(n(3), client.getItem(b -> b.tableName("tbl").key(item("pk", "a", "sk", 1))).item().get("qty"));
    }

    @Test
    void anUpdateMovesTheItemInItsIndexes() {
        client.updateItem(update("SET g = :v", Map.of(":v", s("red"))).build());
        assertEquals(1, client.query(b -> b.tableName("tbl").indexName("by-g").keyConditionExpression("g = :g")
                .expressionAttributeValues(Map.of(":g", s("red")))).count());
        client.updateItem(update("SET g = :v", Map.of(":v", s("blue"))).build());
        assertEquals(0, client.query(b -> b.tableName("tbl").indexName("by-g").keyConditionExpression("g = :g")
                .expressionAttributeValues(Map.of(":g", s("red")))).count());
        client.updateItem(update("REMOVE g", null).build());
        assertEquals(0, client.scan(b -> b.tableName("tbl").indexName("by-g")).count());
    }
}
