package io.genericrepo.internal.batch;

import io.genericrepo.BatchReadException;
import io.genericrepo.TableMetadata;
import io.genericrepo.internal.execution.Call;
import io.genericrepo.internal.execution.Futures;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.execution.RetryPolicy;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Batch reads that never lose a key: each key asked once (in normal form), in requests of at most
 * 100 keys ({@link BatchChunks}); unprocessed keys and throttling retried ({@link BatchRetries});
 * the keys still unread when the retries run out reported exactly, with what was read. Written
 * once against {@link Runner}, so it runs sync and async. Internal.
 *
 * @param <T> the record
 * @param <K> its key type
 */
public final class BatchReads<T, K> {

    private final TableOperations<T, K> operations;
    private final TableMetadata metadata;
    private final String table;
    private final BatchRetries retries;

    /**
     * @param operations the table's operations
     */
    public BatchReads(TableOperations<T, K> operations) {
        this.operations = operations;
        this.metadata = operations.schema().metadata();
        this.table = operations.tableName();
        this.retries = new BatchRetries(operations.settings().retries(), table);
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
        List<List<Map<String, AttributeValue>>> chunks = BatchChunks.keys(all);
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new ConcurrentHashMap<>();
        return Futures.bounded(chunks.size(), operations.settings().maxConcurrency(), i -> readChunk(runner, chunks.get(i), found, consistent))
                .thenApply(left -> {
                    List<T> loaded = new ArrayList<>();
                    for (Map<String, AttributeValue> key : all) {
                        Map<String, AttributeValue> item = found.get(key);
                        if (item != null && operations.rules().visible(item)) {
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
        return Futures.loop(new ReadProgress(chunk, 0), p -> !p.pending().isEmpty() && retries.mayTry(p.attempts()),
                p -> retries.waitBefore(runner, p.attempts(), "BatchGetItem", p.pending().size(), chunk.size())
                        .thenCompose(v -> runner.call(batchGet(p.pending(), consistent)))
                        .handle((response, failure) -> {
                            if (failure != null) {
                                RuntimeException e = Runner.unwrap(failure);
                                if (!RetryPolicy.retryable(e)) {
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
}
