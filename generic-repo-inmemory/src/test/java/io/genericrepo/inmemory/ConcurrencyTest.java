package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class ConcurrencyTest extends EngineTestSupport {

    private static final int THREADS = 16;
    private static final int INCREMENTS = 1000;

    @Test
    void sixteenThreadsOfConditionalIncrementsLoseNone() throws Exception {
        createHashTable("counter");
        client.putItem(b -> b.tableName("counter").item(item("pk", "c", "n", 0)));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> retries = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                retries.add(pool.submit(() -> {
                    int conflicts = 0;
                    for (int i = 0; i < INCREMENTS; i++) {
                        while (true) {
                            String current = client.getItem(b -> b.tableName("counter").key(item("pk", "c"))).item().get("n").n();
                            try {
                                client.updateItem(b -> b.tableName("counter").key(item("pk", "c"))
                                        .updateExpression("SET n = n + :one").conditionExpression("n = :current")
                                        .expressionAttributeValues(Map.of(":one", n(1), ":current", n(current)))
                                        .returnValues(ReturnValue.NONE));
                                break;
                            } catch (ConditionalCheckFailedException e) {
                                conflicts++;
                            }
                        }
                    }
                    return conflicts;
                }));
            }
            for (Future<Integer> f : retries) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(String.valueOf(THREADS * INCREMENTS),
                client.getItem(b -> b.tableName("counter").key(item("pk", "c"))).item().get("n").n());
    }

    @Test
    void concurrentTransfersKeepTheTotalAndSnapshotsSeeIt() throws Exception {
        createHashTable("accounts");
        for (int i = 0; i < 4; i++) {
            int k = i;
            client.putItem(b -> b.tableName("accounts").item(item("pk", "a" + k, "balance", 1000)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    for (int i = 0; i < 300; i++) {
                        int from = random.nextInt(4);
                        int to = (from + 1 + random.nextInt(3)) % 4;
                        try {
                            client.transactWriteItems(b -> b.transactItems(
                                    TransactWriteItem.builder().update(u -> u.tableName("accounts").key(item("pk", "a" + from))
                                            .updateExpression("SET balance = balance - :x").conditionExpression("balance >= :x")
                                            .expressionAttributeValues(Map.of(":x", n(7)))).build(),
                                    TransactWriteItem.builder().update(u -> u.tableName("accounts").key(item("pk", "a" + to))
                                            .updateExpression("SET balance = balance + :x")
                                            .expressionAttributeValues(Map.of(":x", n(7)))).build()));
                        } catch (TransactionCanceledException e) {
                            // an empty account: nothing moved
                        }
                    }
                    return null;
                }));
            }
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Future<Integer> reader = pool.submit(() -> {
                int snapshots = 0;
                List<TransactGetItem> gets = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    int k = i;
                    gets.add(TransactGetItem.builder().get(g -> g.tableName("accounts").key(item("pk", "a" + k))).build());
                }
                while (writing.get() || snapshots == 0) {
                    int sum = client.transactGetItems(b -> b.transactItems(gets)).responses().stream()
                            .mapToInt(r -> Integer.parseInt(r.item().get("balance").n())).sum();
                    assertEquals(4000, sum, "a TransactGetItems snapshot never sees half a transfer");
                    snapshots++;
                }
                return snapshots;
            });
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            assertTrue(reader.get(5, TimeUnit.MINUTES) > 0);
        } finally {
            pool.shutdownNow();
        }
        int total = client.scan(b -> b.tableName("accounts")).items().stream()
                .mapToInt(i -> Integer.parseInt(i.get("balance").n())).sum();
        assertEquals(4000, total);
    }
}
