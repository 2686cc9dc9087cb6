package io.genericrepo.testing;

import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Table creation for tests that call a raw client. DynamoDB, dynalite and moto all answer
 * CreateTable with a table that may still be {@code CREATING}; a write sent before it is
 * {@code ACTIVE} gets a ResourceNotFoundException (dynalite makes a table ACTIVE on a later tick,
 * so this shows only under load). The SDK's waiter polls every 20 s; this polls every 5 ms.
 */
public final class Tables {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Tables() {
    }

    /**
     * Sends the request and returns once the table is ACTIVE.
     *
     * @param client where to create it
     * @param request the table
     */
    public static void createAndAwait(DynamoDbClient client, CreateTableRequest request) {
        client.createTable(request);
        awaitActive(client, request.tableName());
    }

    /**
     * Returns once the table is ACTIVE.
     *
     * @param client where it is
     * @param table its name
     * @throws IllegalStateException if it is not ACTIVE within a minute
     */
    public static void awaitActive(DynamoDbClient client, String table) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        TableStatus status;
        do {
            status = client.describeTable(b -> b.tableName(table)).table().tableStatus();
            if (status == TableStatus.ACTIVE) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + table + " to become ACTIVE", e);
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("table " + table + " is still " + status + " after " + LIMIT.toSeconds() + " s");
    }
}
