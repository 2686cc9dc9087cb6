package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class AsyncClientTest extends EngineTestSupport {

    @Test
    void theAsyncClientSharesTheEngineAndCompletesOffTheCallersThread() {
        createHashTable("tbl");
        DynamoDbAsyncClient async = engine.asyncClient();
        Thread caller = Thread.currentThread();
        Thread[] ran = new Thread[1];
        async.putItem(b -> b.tableName("tbl").item(item("pk", "a", "v", 1)))
                .thenAccept(r -> ran[0] = Thread.currentThread()).join();
        assertNotEquals(caller, ran[0]);
        assertEquals(item("pk", "a", "v", 1), client.getItem(b -> b.tableName("tbl").key(item("pk", "a"))).item());
        assertEquals(1, async.scan(b -> b.tableName("tbl")).join().count());
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
