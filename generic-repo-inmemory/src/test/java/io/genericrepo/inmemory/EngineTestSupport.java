package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A fresh engine per test, and short ways to write items, keys and tables. */
abstract class EngineTestSupport {

    InMemoryDynamoDb engine;
    DynamoDbClient client;

    @BeforeEach
    void startEngine() {
        engine = InMemoryDynamoDb.create();
        client = engine.client();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(Object v) {
        return AttributeValue.fromN(String.valueOf(v));
    }

    /** An item from alternating names and values. */
    static Map<String, AttributeValue> item(Object... nameValues) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            m.put((String) nameValues[i], v instanceof AttributeValue a ? a : v instanceof Number ? n(v) : s((String) v));
        }
        return m;
    }

    static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    static AttributeDefinition def(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /** A table "t" keyed by pk (S) alone. */
    void createHashTable(String name) {
        client.createTable(CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hash("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S)).build());
    }

    /** A table keyed by pk (S) and sk (N). */
    void createCompositeTable(String name) {
        client.createTable(CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N)).build());
    }

    /** Asserts a DynamoDB error: exception class, error code and message. */
    static <T extends AwsServiceException> T assertError(Class<T> type, String code, String message, Executable call) {
        T e = assertThrows(type, call);
        assertEquals(code, e.awsErrorDetails().errorCode());
        assertEquals(message, e.awsErrorDetails().errorMessage());
        return e;
    }

    /** Asserts a ValidationException with that message. */
    static void assertValidation(String message, Executable call) {
        assertError(DynamoDbException.class, "ValidationException",
                message, call);
    }
}
