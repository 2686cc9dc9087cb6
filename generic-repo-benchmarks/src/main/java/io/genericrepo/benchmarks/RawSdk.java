package io.genericrepo.benchmarks;

import io.genericrepo.benchmarks.mapping.HandMapper;
import io.genericrepo.benchmarks.mapping.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The raw baseline of the dynalite group: the loops a developer writes with the plain SDK and the
 * hand-written mapper: 25-item BatchWriteItem chunks (converted just before they are sent,
 * unprocessed items resent), 100-key BatchGetItem chunks, Query and Scan pages followed by
 * {@code LastEvaluatedKey}. No backoff beyond a short pause: dynalite does not throttle.
 */
final class RawSdk {

    private RawSdk() {}

    /** Writes all products in 25-item chunks, on {@code threads} threads (1: the caller's). */
    static void saveAll(DynamoDbClient client, String table, List<Product> products, int threads) throws Exception {
        int chunks = (products.size() + 24) / 25;
        if (threads == 1) {
            for (int c = 0; c < chunks; c++) {
                writeChunk(client, table, products, c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                        writeChunk(client, table, products, c);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void writeChunk(DynamoDbClient client, String table, List<Product> products, int chunk) {
        Map<String, List<WriteRequest>> requests = Map.of(table, chunkRequests(products, chunk));
        for (int attempt = 0; !requests.isEmpty(); attempt++) {
            Map<String, List<WriteRequest>> toSend = requests;
            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(toSend));
            requests = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            pause(requests.isEmpty() ? 0 : attempt + 1);
        }
    }

    /** Writes all products with {@code inFlight} chunk requests outstanding at a time. */
    static CompletableFuture<Void> saveAllAsync(DynamoDbAsyncClient client, String table, List<Product> products,
            int inFlight) {
        int chunks = (products.size() + 24) / 25;
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<?>[] lanes = new CompletableFuture<?>[inFlight];
        for (int lane = 0; lane < inFlight; lane++) {
            lanes[lane] = lane(client, table, products, chunks, next);
        }
        return CompletableFuture.allOf(lanes);
    }

    /** One lane: sends a chunk, and when it is done the next unclaimed one. */
    private static CompletableFuture<Void> lane(DynamoDbAsyncClient client, String table, List<Product> products, int chunks,
            AtomicInteger next) {
        int chunk = next.getAndIncrement();
        if (chunk >= chunks) {
            return CompletableFuture.completedFuture(null);
        }
        return sendAsync(client, Map.of(table, chunkRequests(products, chunk)))
                .thenCompose(ignored -> lane(client, table, products, chunks, next));
    }

    private static CompletableFuture<Void> sendAsync(DynamoDbAsyncClient client, Map<String, List<WriteRequest>> requests) {
        return client.batchWriteItem(b -> b.requestItems(requests)).thenCompose(response -> response.hasUnprocessedItems()
                && !response.unprocessedItems().isEmpty() ? sendAsync(client, response.unprocessedItems())
                        : CompletableFuture.completedFuture(null));
    }

    private static List<WriteRequest> chunkRequests(List<Product> products, int chunk) {
        int end = Math.min(products.size(), (chunk + 1) * 25);
        List<WriteRequest> requests = new ArrayList<>(25);
        for (int i = chunk * 25; i < end; i++) {
            Map<String, AttributeValue> item = HandMapper.toItem(products.get(i));
            requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        return requests;
    }

    /** Reads the products with these keys, 100 keys a request, in no particular order. */
    static List<Product> loadAll(DynamoDbClient client, String table, List<Product> keysOf) {
        List<Product> found = new ArrayList<>(keysOf.size());
        for (int start = 0; start < keysOf.size(); start += 100) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>(100);
            for (Product product : keysOf.subList(start, Math.min(keysOf.size(), start + 100))) {
                keys.add(HandMapper.toKey(product));
            }
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                Map<String, KeysAndAttributes> toSend = request;
                BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(toSend));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    found.add(HandMapper.fromItem(item));
                }
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                pause(request.isEmpty() ? 0 : attempt + 1);
            }
        }
        return found;
    }

    /** Reads a whole partition, page by page. */
    static List<Product> query(DynamoDbClient client, String table, String category) {
        List<Product> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(b -> b.tableName(table).keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", "category"))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(category))).exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                found.add(HandMapper.fromItem(item));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return found;
    }

    /** Streams a whole table to the consumer, page by page, keeping one page. */
    static void scan(DynamoDbClient client, String table, Consumer<Product> consumer) {
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = client.scan(b -> b.tableName(table).exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                consumer.accept(HandMapper.fromItem(item));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    private static void pause(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(1000, 10L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resending unprocessed items", e);
        }
    }
}
