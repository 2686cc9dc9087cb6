package io.genericrepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Under the default lifecycle, each test instance (one per method) gets its own engine through the constructor. */
@ExtendWith(InMemoryDynamoDbExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InMemoryDynamoDbExtensionConstructorTest {

    private static final AtomicReference<InMemoryDynamoDb> FIRST = new AtomicReference<>();

    private final InMemoryDynamoDb engine;

    InMemoryDynamoDbExtensionConstructorTest(InMemoryDynamoDb engine) {
        this.engine = engine;
    }

    @Test
    @Order(1)
    void theFirstInstanceCreatesATable(InMemoryDynamoDb sameEngine) {
        assertSame(engine, sameEngine, "constructor and method parameters of one test share its engine");
        FIRST.set(engine);
        engine.client().createTable(b -> b.tableName("things").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
    }

    @Test
    @Order(2)
    void theNextInstanceStartsEmpty() {
        assertNotSame(FIRST.get(), engine);
        assertEquals(List.of(), engine.client().listTables().tableNames());
    }
}
