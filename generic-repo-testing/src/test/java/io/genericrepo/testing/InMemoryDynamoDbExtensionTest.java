package io.genericrepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Each test method gets a fresh engine; its clients and clock belong to that engine. */
@ExtendWith(InMemoryDynamoDbExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InMemoryDynamoDbExtensionTest {

    private static final AtomicReference<InMemoryDynamoDb> FIRST = new AtomicReference<>();

    @Test
    @Order(1)
    void clientsOfOneMethodShareOneEngine(InMemoryDynamoDb engine, DynamoDbClient client, DynamoDbAsyncClient async) {
        FIRST.set(engine);
        client.createTable(b -> b.tableName("things").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
        client.putItem(b -> b.tableName("things").item(Map.of("id", AttributeValue.fromS("a"))));
        assertEquals(1, async.scan(b -> b.tableName("things")).join().count(), "the async client sees the sync client's item");
    }

    @Test
    @Order(2)
    void anotherMethodGetsAFreshEngine(InMemoryDynamoDb engine, DynamoDbClient client) {
        assertNotSame(FIRST.get(), engine);
        assertEquals(List.of(), client.listTables().tableNames());
    }

    @Test
    @Order(3)
    void theClockIsTheEnginesAndMovesOnlyWhenTold(ManualClock clock) {
        Instant start = clock.instant();
        assertEquals(start, clock.instant());
        assertEquals(start.plus(Duration.ofDays(2)), clock.advance(Duration.ofDays(2)));
        assertTrue(clock.instant().isAfter(start));
    }
}
