package io.genericrepo.internal;

import io.genericrepo.BatchReadException;
import io.genericrepo.BatchWriteException;
import io.genericrepo.TableMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch writes and reads that never lose an item: requests of at most 25 writes and 16 MB, or 100
 * keys; duplicate keys folded (the last write wins, a key is read once); unprocessed items and
 * throttling retried with exponential backoff and full jitter; what is still unwritten when the
 * retries run out reported exactly. Written once against {@link Runner}, so it runs sync and async.
 * Internal.
 *
 * @param <T> the record
 * @param <K> its key type
 */
public final class Batches<T, K> {

    private static final Logger LOG = LoggerFactory.getLogger("io.genericrepo");
    private static final int MAX_WRITES = 25;
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int MAX_KEYS = 100;

    private final TableOperations<T, K> operations;
    private final TableMetadata metadata;
    private final String table;
    private final RetryPolicy retries;

    /**
     * @param operations the table's operations
     */
    public Batches(TableOperations<T, K> operations) {
        this.operations = operations;
        this.metadata = operations.schema().metadata();
        this.table = operations.tableName();
        this.retries = operations.settings().retries();
    }

    /** One write or key, with what the caller passed, for reporting. */
    record Entry(Object original, Map<String, AttributeValue> key, WriteRequest request, long bytes) {}

    /** A chunk's progress through its retries. */
    record Progress(List<Entry> pending, int attempts, List<Entry> failed, List<Throwable> causes) {}

    /**
     * @param runner runs the requests
     * @param items records whose table is not versioned
     * @return done, or failed with {@link BatchWriteException} listing exactly the unwritten items
     */
    public CompletableFuture<Void> saveAll(Runner runner, Collection<? extends T> items) {
        Map<Map<String, AttributeValue>, Entry> entries = new LinkedHashMap<>();
        for (T item : Objects.requireNonNull(items, "items")) {
            Map<String, AttributeValue> attributes = operations.prepare(item).attributes(); // checks everything first
            Map<String, AttributeValue> key = Keys.keyOf(metadata, attributes);
            Map<String, AttributeValue> match = Keys.canonical(key);
            entries.remove(match); // the last write of a key wins, at its own position
            entries.put(match, new Entry(item, key, WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(attributes).build()).build(), size(attributes)));
        }
        return write(runner, "saveAll", new ArrayList<>(entries.values()));
    }

    /**
     * @param runner runs the requests
     * @param keys the keys to delete
     * @return done, or failed with {@link BatchWriteException} listing exactly the undeleted keys
     */
    public CompletableFuture<Void> deleteAll(Runner runner, Collection<? extends K> keys) {
        Map<Map<String, AttributeValue>, Entry> entries = new LinkedHashMap<>();
        for (K k : Objects.requireNonNull(keys, "keys")) {
            Map<String, AttributeValue> key = operations.keyAttributes(k);
            entries.put(Keys.canonical(key), new Entry(k, key, WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                    .key(key).build()).build(), size(key)));
        }
        return write(runner, "deleteAll", new ArrayList<>(entries.values()));
    }

    /**
     * @param runner runs the requests
     * @param keys raw key attributes, as a keys-only query returned them
     * @return how many were deleted
     */
    CompletableFuture<Integer> deleteRaw(Runner runner, List<Map<String, AttributeValue>> keys) {
        Map<Map<String, AttributeValue>, Entry> entries = new LinkedHashMap<>();
        for (Map<String, AttributeValue> key : keys) {
            K original = operations.schema().keyFromItem(key); // the keys only: the record may require more
            entries.put(Keys.canonical(key), new Entry(original, key, WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                    .key(key).build()).build(), size(key)));
        }
        return write(runner, "deleteAllByPartitionKey", new ArrayList<>(entries.values())).thenApply(v -> entries.size());
    }

    private CompletableFuture<Void> write(Runner runner, String operation, List<Entry> entries) {
        List<List<Entry>> chunks = chunks(entries);
        return Futures.bounded(chunks.size(), operations.settings().maxConcurrency(),
                i -> writeChunk(runner, chunks.get(i))).thenApply(done -> {
                    List<Entry> failed = new ArrayList<>();
                    List<Throwable> causes = new ArrayList<>();
                    for (Progress p : done) {
                        failed.addAll(p.failed());
                        failed.addAll(p.pending());
                        causes.addAll(p.causes());
                    }
                    if (!failed.isEmpty()) {
                        BatchWriteException e = new BatchWriteException(operation, table,
                                failed.stream().map(Entry::original).toList(), entries.size(),
                                failed.stream().map(f -> Keys.describe(metadata, f.key())).toList());
                        causes.stream().distinct().limit(10).forEach(e::addSuppressed);
                        throw e;
                    }
                    return null;
                });
    }

    private List<List<Entry>> chunks(List<Entry> entries) {
        List<List<Entry>> chunks = new ArrayList<>();
        List<Entry> current = new ArrayList<>();
        long bytes = 0;
        for (Entry e : entries) {
            if (current.size() == MAX_WRITES || (!current.isEmpty() && bytes + e.bytes() > MAX_BYTES)) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(e);
            bytes += e.bytes();
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private CompletableFuture<Progress> writeChunk(Runner runner, List<Entry> chunk) {
        Progress start = new Progress(chunk, 0, new ArrayList<>(), new ArrayList<>());
        return Futures.loop(start, p -> !p.pending().isEmpty() && p.attempts() < retries.maxAttempts(),
                p -> waitBefore(runner, p.attempts(), "BatchWriteItem", p.pending().size(), chunk.size())
                        .thenCompose(v -> runner.call(batchWrite(p.pending())))
                        .handle((unprocessed, failure) -> next(p, unprocessed, failure)));
    }

    private Progress next(Progress p, List<Map<String, AttributeValue>> unprocessedKeys, Throwable failure) {
        if (failure == null) {
            Map<Map<String, AttributeValue>, Boolean> left = new HashMap<>();
            unprocessedKeys.forEach(k -> left.put(Keys.canonical(k), Boolean.TRUE));
            List<Entry> pending = p.pending().stream().filter(e -> left.containsKey(Keys.canonical(e.key()))).toList();
            return new Progress(pending, p.attempts() + 1, p.failed(), p.causes());
        }
        RuntimeException e = Runner.unwrap(failure);
        p.causes().add(e);
        if (retryable(e)) {
            return new Progress(p.pending(), p.attempts() + 1, p.failed(), p.causes());
        }
        p.failed().addAll(p.pending()); // a request that can never succeed: report its items
        return new Progress(List.of(), p.attempts() + 1, p.failed(), p.causes());
    }

    private Operation<BatchWriteItemRequest, BatchWriteItemResponse, List<Map<String, AttributeValue>>> batchWrite(
            List<Entry> pending) {
        BatchWriteItemRequest request = BatchWriteItemRequest.builder()
                .requestItems(Map.of(table, pending.stream().map(Entry::request).toList())).build();
        return new Operation<>(Call.BATCH_WRITE_ITEM, request, table, pending.size() + " items",
                response -> response.unprocessedItems().getOrDefault(table, List.of()).stream()
                        .map(w -> w.putRequest() != null ? Keys.keyOf(metadata, w.putRequest().item()) : w.deleteRequest().key())
                        .toList());
    }

    /**
     * @param runner runs the requests
     * @param keys the keys
     * @param consistent strongly consistent reads
     * @return the items, in the order of the keys given, missing and expired ones left out
     */
    public CompletableFuture<List<T>> loadAll(Runner runner, Collection<? extends K> keys, boolean consistent) {
        Map<Map<String, AttributeValue>, K> distinct = new LinkedHashMap<>();
        for (K k : Objects.requireNonNull(keys, "keys")) {
            distinct.putIfAbsent(Keys.canonical(operations.keyAttributes(k)), k); // a key is asked once, in normal form
        }
        List<Map<String, AttributeValue>> all = new ArrayList<>(distinct.keySet());
        List<List<Map<String, AttributeValue>>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += MAX_KEYS) {
            chunks.add(all.subList(i, Math.min(all.size(), i + MAX_KEYS)));
        }
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new ConcurrentHashMap<>();
        return Futures.bounded(chunks.size(), operations.settings().maxConcurrency(), i -> readChunk(runner, chunks.get(i), found, consistent))
                .thenApply(left -> {
                    List<T> loaded = new ArrayList<>();
                    for (Map<String, AttributeValue> key : all) {
                        Map<String, AttributeValue> item = found.get(key);
                        if (item != null && operations.visible(item)) {
                            loaded.add(operations.read(item));
                        }
                    }
                    List<Map<String, AttributeValue>> unread = left.stream().flatMap(List::stream).toList();
                    if (!unread.isEmpty()) {
                        throw new BatchReadException(table, unread.stream().map(k -> distinct.get(Keys.canonical(k))).toList(), loaded,
                                unread.stream().map(k -> Keys.describe(metadata, k)).toList());
                    }
                    return loaded;
                });
    }

    /** A chunk of keys through its retries: the keys still to read, and the requests made. */
    record ReadProgress(List<Map<String, AttributeValue>> pending, int attempts) {}

    private CompletableFuture<List<Map<String, AttributeValue>>> readChunk(Runner runner,
            List<Map<String, AttributeValue>> chunk, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found,
            boolean consistent) {
        return Futures.loop(new ReadProgress(chunk, 0), p -> !p.pending().isEmpty() && p.attempts() < retries.maxAttempts(),
                p -> waitBefore(runner, p.attempts(), "BatchGetItem", p.pending().size(), chunk.size())
                        .thenCompose(v -> runner.call(batchGet(p.pending(), consistent)))
                        .handle((response, failure) -> {
                            if (failure != null) {
                                RuntimeException e = Runner.unwrap(failure);
                                if (!retryable(e)) {
                                    throw e;
                                }
                                return new ReadProgress(p.pending(), p.attempts() + 1);
                            }
                            response.items().forEach(item -> found.put(Keys.canonical(Keys.keyOf(metadata, item)), item));
                            return new ReadProgress(response.unprocessed(), p.attempts() + 1);
                        }))
                .thenApply(ReadProgress::pending);
    }

    /** What one BatchGetItem returned: items found, and keys left unprocessed. */
    record Got(List<Map<String, AttributeValue>> items, List<Map<String, AttributeValue>> unprocessed) {}

    private Operation<BatchGetItemRequest, BatchGetItemResponse, Got> batchGet(List<Map<String, AttributeValue>> keys,
            boolean consistent) {
        BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(Map.of(table, KeysAndAttributes.builder()
                .keys(keys).consistentRead(consistent ? Boolean.TRUE : null).build())).build();
        Function<BatchGetItemResponse, Got> transform = response -> {
            KeysAndAttributes left = response.unprocessedKeys().get(table);
            return new Got(response.responses().getOrDefault(table, List.of()),
                    left != null && left.hasKeys() ? left.keys() : List.of());
        };
        return new Operation<>(Call.BATCH_GET_ITEM, request, table, keys.size() + " keys", transform);
    }

    private CompletableFuture<Void> waitBefore(Runner runner, int attempts, String call, int pending, int total) {
        if (attempts == 0) {
            return CompletableFuture.completedFuture(null);
        }
        Duration delay = retries.delayBefore(attempts);
        LOG.warn("{} {}: {} of {} items unprocessed or throttled; retry {} of {} in {} ms", call, table, pending, total,
                attempts, retries.maxAttempts() - 1, delay.toMillis());
        return runner.sleep(delay);
    }

    /**
     * Throttling and server errors are worth retrying, unless the SDK already retried them (see
     * {@link RetryPolicy}); a request DynamoDB refuses as invalid is not.
     */
    static boolean retryable(RuntimeException e) {
        if (RetryPolicy.retriedBySdk(e)) {
            return false;
        }
        if (e instanceof AwsServiceException aws) {
            return aws.isThrottlingException() || aws.statusCode() >= 500;
        }
        return e instanceof SdkException sdk && sdk.retryable();
    }


    /** DynamoDB's item size, by {@link ItemSize}. */
    static long size(Map<String, AttributeValue> item) {
        return ItemSize.of(item);
    }
}
