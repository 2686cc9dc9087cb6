package io.genericrepo.inmemory.conformance;

import static io.genericrepo.inmemory.conformance.EngineTables.NUM;
import static io.genericrepo.inmemory.conformance.EngineTables.STR;
import static io.genericrepo.inmemory.conformance.EngineTables.errorCode;
import static io.genericrepo.inmemory.conformance.EngineTables.n;
import static io.genericrepo.inmemory.conformance.EngineTables.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The engine differences the differential run found, each reduced to its smallest request, with
 * what DynamoDB's documentation (or, where it is silent, dynalite and moto alike) requires. These
 * fail until the engine is fixed; they are listed in the conformance report.
 */
class EngineFindingsTest {

    private final EngineTables tables = new EngineTables();

    @AfterEach
    void close() {
        tables.close();
    }

    /**
     * Developer Guide, 'Key condition expressions for the Query operation': begins_with(sortKeyName, :v) 'You cannot
     * use this function with a sort key that is of type Number'; a sort key condition's value has the key's type
     * (dynalite: 'One or more parameter values were invalid: Condition parameter type does not match schema type').
     */
    @Test
    void keyConditionValueOfAnotherTypeThanTheSortKeyIsRefused() {
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(NUM)
                .keyConditionExpression("pk = :p AND begins_with(sk, :s)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":s", s("1"))))), "begins_with on an N sort key");
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(NUM)
                .keyConditionExpression("pk = :p AND sk < :s")
                .expressionAttributeValues(Map.of(":p", s("p"), ":s", s("1"))))), "< with an S value on an N sort key");
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(NUM).indexName("gsi_all")
                .keyConditionExpression("gp = :g AND begins_with(gs, :s)")
                .expressionAttributeValues(Map.of(":g", s("g"), ":s", s("1"))))), "begins_with on a GSI's N sort key");
    }

    /**
     * Developer Guide, 'Filter expressions for the Query operation': 'A filter expression cannot contain partition key
     * or sort key attributes. You need to specify those attributes in the key condition expression, not the filter
     * expression.' (API Reference, Query FilterExpression: 'A FilterExpression does not allow key attributes.')
     */
    @Test
    void queryFilterOnAKeyAttributeIsRefused() {
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(STR)
                .keyConditionExpression("pk = :p").filterExpression("sk = :s")
                .expressionAttributeValues(Map.of(":p", s("p"), ":s", s("s"))))), "table sort key");
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(STR)
                .keyConditionExpression("pk = :p").filterExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":p", s("p"))))), "table partition key");
        assertEquals("ValidationException", errorCode(() -> tables.client.query(b -> b.tableName(STR).indexName("lsi_all")
                .keyConditionExpression("pk = :p").filterExpression("gs = :one")
                .expressionAttributeValues(Map.of(":p", s("p"), ":one", n("1"))))), "index sort key");
    }

    /** Binary operands that are not UTF-8 must not crash a condition (the engine threw UncheckedIOException). */
    @Test
    void binaryOperandsThatAreNotUtf8AreCompared() {
        AttributeValue low = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0x00}));
        AttributeValue high = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0xff}));
        tables.client.putItem(b -> b.tableName(STR).item(Map.of("pk", s("p"), "sk", s("b"),
                "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0x80})))));
        assertEquals(1, tables.client.scan(b -> b.tableName(STR).filterExpression("b BETWEEN :lo AND :hi")
                .expressionAttributeValues(Map.of(":lo", low, ":hi", high))).count());
        assertEquals("ConditionalCheckFailedException", errorCode(() -> tables.client.deleteItem(b -> b.tableName(STR)
                .key(Map.of("pk", s("p"), "sk", s("b"))).conditionExpression("b > :hi")
                .expressionAttributeValues(Map.of(":hi", high)))));
        assertEquals("ValidationException", errorCode(() -> tables.client.scan(b -> b.tableName(STR)
                .filterExpression("b BETWEEN :hi AND :lo").expressionAttributeValues(Map.of(":lo", low, ":hi", high)))),
                "reversed bounds are refused, naming them");
    }
}
