package io.genericrepo.internal.batch;

import io.genericrepo.BatchWriteException;
import io.genericrepo.TableMetadata;
import io.genericrepo.internal.batch.BatchPlan.Checked;
import io.genericrepo.internal.execution.Call;
import io.genericrepo.internal.execution.Futures;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.execution.RetryPolicy;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.internal.table.ItemRules.Prepared;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch writes that never lose an item: duplicate keys folded (the last write wins, at its own
 * position); requests of at most 25 writes and 16 MB ({@link BatchChunks}); unprocessed items and
 * throttling retried with exponential backoff and full jitter ({@link BatchRetries}); what is still
 * unwritten when the retries run out reported exactly. Written once against {@link Runner}, so it
 * runs sync and async. Internal.
 *
 * @param <T> the record
 * @param <K> its key type
 */
public final class BatchWrites<T, K> {

    private final TableOperations<T, K> operations;
    private final TableMetadata metadata;
    private final String table;
    private final BatchRetries retries;

    /**
     * @param operations the table's operations
     */
    public BatchWrites(TableOperations<T, K> operations) {
        this.operations = operations;
        this.metadata = operations.schema().metadata();
        this.table = operations.tableName();
        this.retries = new BatchRetries(operations.settings().retries(), table);
    }

    /** One write or key, with what the caller passed, for reporting. */
    record Entry(Object original, Map<String, AttributeValue> key, WriteRequest request) {}

    /** A chunk's progress through its retries. */
    record Progress(List<Entry> pending, int attempts, List<Entry> failed, List<Throwable> causes) {}

    /**
     * @param runner runs the requests
     * @param items records whose table is not versioned
     * @return done, or failed with {@link BatchWriteException} listing exactly the unwritten items
     * @throws IllegalArgumentException if any item is invalid; then nothing is sent
     */
    public CompletableFuture<Void> saveAll(Runner runner, Collection<? extends T> items) {
        List<T> list = new ArrayList<>(Objects.requireNonNull(items, "items")); // the caller may reuse theirs
        return write(runner, "saveAll", list, item -> {
            Prepared prepared = operations.rules().prepare(item);
            return new Checked(Keys.keyOf(metadata, prepared.attributes()), prepared.bytes());
        }, item -> {
            Map<String, AttributeValue> attributes = operations.rules().prepareChecked(item);
            return new Entry(item, Keys.keyOf(metadata, attributes),
                    WriteRequest.builder().putRequest(PutRequest.builder().item(attributes).build()).build());
        }).thenApply(written -> null);
    }

    /**
     * @param runner runs the requests
     * @param keys the keys to delete
     * @return done, or failed with {@link BatchWriteException} listing exactly the undeleted keys
     * @throws IllegalArgumentException if any key is invalid; then nothing is sent
     */
    public CompletableFuture<Void> deleteAll(Runner runner, Collection<? extends K> keys) {
        List<K> list = new ArrayList<>(Objects.requireNonNull(keys, "keys"));
        return write(runner, "deleteAll", list, k -> {
            Map<String, AttributeValue> key = operations.keyAttributes(k);
            return new Checked(key, BatchChunks.size(key));
        }, k -> delete(k, operations.keyAttributes(k))).thenApply(deleted -> null);
    }

    /**
     * @param runner runs the requests
     * @param keys raw key attributes, as a keys-only query returned them
     * @return how many were deleted
     */
    public CompletableFuture<Integer> deleteRaw(Runner runner, List<Map<String, AttributeValue>> keys) {
        // reported as the key type, read from the key attributes only (the record may require more)
        return write(runner, "deleteAllByPartitionKey", keys, key -> {
            operations.schema().keyFromItem(key); // a key that does not fit fails the call before any delete
            return new Checked(key, BatchChunks.size(key));
        }, key -> delete(operations.schema().keyFromItem(key), key));
    }

    private static Entry delete(Object original, Map<String, AttributeValue> key) {
        return new Entry(original, key, WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
    }

    /**
     * Checks every write and plans the requests ({@link BatchPlan}), then converts each request's
     * writes just before sending it, so that at most {@code maxConcurrency} requests' items are
     * held at once (and, async, converting the next request overlaps with those in flight).
     *
     * @param check converts and checks a write, for the plan
     * @param convert converts a write the plan accepted, for its request
     * @return how many writes were made, duplicates folded
     */
    private <O> CompletableFuture<Integer> write(Runner runner, String operation, List<O> originals,
            Function<O, Checked> check, Function<O, Entry> convert) {
        BatchPlan plan = BatchPlan.of(originals, check); // every write checked before any is sent
        IntFunction<List<Entry>> request = r -> {
            int[] positions = plan.request(r);
            List<Entry> chunk = new ArrayList<>(positions.length);
            for (int i : positions) {
                chunk.add(convert.apply(originals.get(i)));
            }
            return chunk;
        };
        return Futures.bounded(plan.requests(), operations.settings().maxConcurrency(),
                r -> writeChunk(runner, request.apply(r))).thenApply(done -> {
                    List<Entry> failed = new ArrayList<>();
                    List<Throwable> causes = new ArrayList<>();
                    for (Progress p : done) {
                        failed.addAll(p.failed());
                        failed.addAll(p.pending());
                        causes.addAll(p.causes());
                    }
                    if (!failed.isEmpty()) {
                        BatchWriteException e = new BatchWriteException(operation, table,
                                failed.stream().map(Entry::original).toList(), plan.writes(),
                                failed.stream().map(f -> Keys.describe(metadata, f.key())).toList());
                        causes.stream().distinct().limit(10).forEach(e::addSuppressed);
                        throw e;
                    }
                    return plan.writes();
                });
    }

    private CompletableFuture<Progress> writeChunk(Runner runner, List<Entry> chunk) {
        Progress start = new Progress(chunk, 0, new ArrayList<>(), new ArrayList<>());
        return Futures.loop(start, p -> !p.pending().isEmpty() && retries.mayTry(p.attempts()),
                p -> retries.waitBefore(runner, p.attempts(), "BatchWriteItem", p.pending().size(), chunk.size())
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
        if (RetryPolicy.retryable(e)) {
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
}
