package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class TtlTest {

    private final TransactionsTest.MutableClock clock = new TransactionsTest.MutableClock();

    private static void table(DynamoDbClient c) {
        c.createTable(b -> b.tableName("sessions").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(EngineTestSupport.hash("pk"))
                .attributeDefinitions(EngineTestSupport.def("pk", ScalarAttributeType.S)));
    }

    @Test
    void expiredItemsStayReadableUntilSweptThenAreGone() {
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.builder().clock(clock).build()) {
            DynamoDbClient c = engine.client();
            table(c);
            long now = clock.instant().getEpochSecond();
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "soon", "exp", now + 60)));
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "later", "exp", now + 3600)));
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "never")));
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "text", "exp", "not a number")));
            assertEquals(0, engine.sweepExpiredItems(), "TTL is not enabled yet");

            c.updateTimeToLive(b -> b.tableName("sessions").timeToLiveSpecification(s -> s.enabled(true).attributeName("exp")));
            assertEquals(0, engine.sweepExpiredItems());
            clock.advance(Duration.ofMinutes(2));
            assertTrue(c.getItem(b -> b.tableName("sessions").key(EngineTestSupport.item("pk", "soon"))).hasItem(),
                    "expired but not yet swept: still returned, as DynamoDB does");
            assertEquals(1, engine.sweepExpiredItems());
            assertFalse(c.getItem(b -> b.tableName("sessions").key(EngineTestSupport.item("pk", "soon"))).hasItem());
            assertEquals(3, c.scan(b -> b.tableName("sessions")).count());
            assertEquals(3L, c.describeTable(b -> b.tableName("sessions")).table().itemCount());
        }
    }

    @Test
    void expiryTimesMoreThanFiveYearsAgoAreIgnored() {
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.builder().clock(clock).build()) {
            DynamoDbClient c = engine.client();
            table(c);
            c.updateTimeToLive(b -> b.tableName("sessions").timeToLiveSpecification(s -> s.enabled(true).attributeName("exp")));
            long sixYearsAgo = clock.instant().minus(Duration.ofDays(6 * 365)).getEpochSecond();
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "ancient", "exp", sixYearsAgo)));
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "millis", "exp",
                    clock.instant().toEpochMilli())));
            assertEquals(0, engine.sweepExpiredItems());
            assertEquals(2, c.scan(b -> b.tableName("sessions")).count());
        }
    }

    @Test
    void aBackgroundSweepDeletesExpiredItemsWhenAskedFor() {
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.builder().clock(clock).ttlSweepInterval(Duration.ofMillis(5)).build()) {
            DynamoDbClient c = engine.client();
            table(c);
            c.updateTimeToLive(b -> b.tableName("sessions").timeToLiveSpecification(s -> s.enabled(true).attributeName("exp")));
            long past = clock.instant().getEpochSecond() - 10;
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "old", "exp", past)));
            c.putItem(b -> b.tableName("sessions").item(EngineTestSupport.item("pk", "kept")));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // waits for the sweeper's thread, however slow the machine; asserts no timing
            while (c.getItem(b -> b.tableName("sessions").key(EngineTestSupport.item("pk", "old"))).hasItem()
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertFalse(c.getItem(b -> b.tableName("sessions").key(EngineTestSupport.item("pk", "old"))).hasItem());
            assertTrue(c.getItem(b -> b.tableName("sessions").key(EngineTestSupport.item("pk", "kept"))).hasItem());
        }
    }

    @Test
    void aSweepIntervalMustBePositive() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> InMemoryDynamoDb.builder().ttlSweepInterval(Duration.ZERO));
    }
}
