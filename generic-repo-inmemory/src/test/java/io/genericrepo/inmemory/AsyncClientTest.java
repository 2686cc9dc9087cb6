package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class AsyncClientTest extends EngineTestSupport {

    @Test
    void theAsyncClientSharesTheEngineAndRunsOffTheCallersThread() {
        // The action itself reports its thread: CreateTable reads the engine's clock. (A callback such as
        // thenAccept would prove nothing: on a future already complete it runs on the caller's thread, which
        // made an earlier version of this test fail under load.)
        Set<Thread> readers = ConcurrentHashMap.newKeySet();
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock recording = new Clock() {
            @Override
            public ZoneId getZone() {
                return fixed.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                readers.add(Thread.currentThread());
                return fixed.instant();
            }
        };
        try (InMemoryDynamoDb timed = InMemoryDynamoDb.builder().clock(recording).build()) {
            DynamoDbAsyncClient async = timed.asyncClient();
            async.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hash("pk"))
                    .attributeDefinitions(def("pk", ScalarAttributeType.S))).join();
            assertEquals(1, readers.size());
            Thread ran = readers.iterator().next();
            assertNotEquals(Thread.currentThread(), ran);
            assertTrue(ran.getName().startsWith("in-memory-dynamodb-async-"), ran.getName());
            assertTrue(ran.isDaemon());

            async.putItem(b -> b.tableName("tbl").item(item("pk", "a", "v", 1))).join();
            assertEquals(item("pk", "a", "v", 1), timed.client().getItem(b -> b.tableName("tbl").key(item("pk", "a"))).item());
            assertEquals(1, async.scan(b -> b.tableName("tbl")).join().count());
        }
    }

    @Test
    void failuresCarryTheSdkExceptionAsTheCause() {
        createHashTable("tbl");
        client.putItem(b -> b.tableName("tbl").item(item("pk", "a")));
        CompletionException e = assertThrows(CompletionException.class, () -> engine.asyncClient()
                .putItem(b -> b.tableName("tbl").item(item("pk", "a")).conditionExpression("attribute_not_exists(pk)")).join());
        ConditionalCheckFailedException cause = assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
        assertEquals("ConditionalCheckFailedException", cause.awsErrorDetails().errorCode());
    }

    @Test
    void longAsyncPaginationDoesNotOverflowTheStack() {
        createHashTable("tbl");
        for (int i = 0; i < 3000; i += 25) {
            int from = i;
            List<WriteRequest> puts = java.util.stream.IntStream.range(from, from + 25)
                    .mapToObj(k -> WriteRequest.builder().putRequest(p -> p.item(item("pk", "k" + k))).build()).toList();
            client.batchWriteItem(b -> b.requestItems(Map.of("tbl", puts)));
        }
        AtomicInteger count = new AtomicInteger();
        engine.asyncClient().scanPaginator(b -> b.tableName("tbl").limit(1)).items().subscribe(i -> count.incrementAndGet()).join();
        assertEquals(3000, count.get());
    }
}
