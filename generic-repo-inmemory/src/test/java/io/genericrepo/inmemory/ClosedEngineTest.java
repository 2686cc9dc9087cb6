package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A closed engine refuses its clients' requests, sync and async, instead of answering on. */
class ClosedEngineTest {

    private static final String CLOSED = "This in-memory DynamoDB engine is closed";

    @Test
    void theSyncClientOfAClosedEngineRefusesRequests() {
        InMemoryDynamoDb engine = InMemoryDynamoDb.create();
        DynamoDbClient client = engine.client();
        assertEquals(0, client.listTables().tableNames().size());
        engine.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, client::listTables);
        assertTrue(e.getMessage().startsWith(CLOSED), e.getMessage());
        engine.close(); // closing twice is harmless
    }

    @Test
    void theAsyncClientFailsItsFuturesWhetherItsExecutorRanOrNot() {
        InMemoryDynamoDb used = InMemoryDynamoDb.create();
        DynamoDbAsyncClient started = used.asyncClient();
        assertEquals(0, started.listTables().join().tableNames().size()); // its executor exists now
        used.close();
        InMemoryDynamoDb unused = InMemoryDynamoDb.create();
        DynamoDbAsyncClient neverStarted = unused.asyncClient();
        unused.close();
        for (DynamoDbAsyncClient client : new DynamoDbAsyncClient[] {started, neverStarted}) {
            CompletionException e = assertThrows(CompletionException.class, () -> client.listTables().join());
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertTrue(e.getCause().getMessage().startsWith(CLOSED), e.getCause().getMessage());
        }
    }
}
