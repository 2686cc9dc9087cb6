package io.genericrepo.internal.table;

import io.genericrepo.BatchWriteException;
import io.genericrepo.Condition;
import io.genericrepo.ConditionFailedException;
import io.genericrepo.OptimisticLockException;
import io.genericrepo.TableMetadata;
import io.genericrepo.Update;
import io.genericrepo.internal.batch.BatchReads;
import io.genericrepo.internal.batch.BatchWrites;
import io.genericrepo.internal.execution.Futures;
import io.genericrepo.internal.execution.Operation;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.expression.KeyConditions;
import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.internal.read.PagedReads;
import io.genericrepo.internal.read.ReadSpec;
import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every repository operation that takes more than one request or a rule beyond the request
 * itself (versions, TTL, batches, deleting a partition), written once against {@link Runner} and
 * so run by the sync and the async repository alike. Internal.
 *
 * @param <T> the record
 * @param <K> its key type
 */
public final class TableActions<T, K> {

    private static final Logger LOG = LoggerFactory.getLogger("io.genericrepo");

    private final TableOperations<T, K> operations;
    private final TableMetadata metadata;
    private final BatchWrites<T, K> batchWrites;
    private final BatchReads<T, K> batchReads;

    /**
     * @param operations the table's single-request operations
     */
    public TableActions(TableOperations<T, K> operations) {
        this.operations = operations;
        this.metadata = operations.schema().metadata();
        this.batchWrites = new BatchWrites<>(operations);
        this.batchReads = new BatchReads<>(operations);
    }

    /**
     * @param runner runs requests
     * @param item the record
     * @param condition the caller's condition, or null
     * @return the record as stored (TTL filled, version incremented)
     */
    public CompletableFuture<T> save(Runner runner, T item, Condition<T> condition) {
        ItemRules.Prepared prepared = operations.rules().prepare(item);
        return resolve(runner, runner.call(operations.save(prepared, condition)), prepared.attributes());
    }

    /**
     * @param runner runs requests
     * @param key the key
     * @param condition the caller's condition, or null
     * @return the deleted item, if there was one
     */
    public CompletableFuture<Optional<T>> delete(Runner runner, K key, Condition<T> condition) {
        return runner.call(operations.delete(key, condition, null));
    }

    /**
     * Deletes an item the caller holds; a versioned item only if the stored one has its version.
     *
     * @param runner runs requests
     * @param item the record
     * @return the deleted item, if there was one
     */
    public CompletableFuture<Optional<T>> deleteItem(Runner runner, T item) {
        Objects.requireNonNull(item, () -> "the " + metadata.recordName() + " to delete must not be null");
        K key = operations.schema().keyOf(item);
        Long expected = operations.rules().versionOf(item); // a hierarchy's entity: its own @Version, if any
        Map<String, AttributeValue> keyAttributes = operations.keyAttributes(key);
        return resolve(runner, runner.call(operations.delete(key, null, expected)), keyAttributes);
    }

    /**
     * @param runner runs requests
     * @param key the key
     * @param update the changes
     * @param condition the caller's condition, or null
     * @param onlyIfExists refuse to create the item
     * @return the item after the update
     */
    public CompletableFuture<T> update(Runner runner, K key, Update<T> update, Condition<T> condition,
            boolean onlyIfExists) {
        return runner.call(operations.update(key, null, update, condition, onlyIfExists, null));
    }

    /**
     * Updates an item the caller read, only if it is unchanged since: its stored version must be
     * the one the caller holds.
     *
     * @param runner runs requests
     * @param current the record as read
     * @param update the changes
     * @param condition the caller's condition, or null
     * @return the item after the update
     */
    public CompletableFuture<T> updateIfUnchanged(Runner runner, T current, Update<T> update, Condition<T> condition) {
        Objects.requireNonNull(current, "current");
        Long expected = operations.rules().versionOf(current); // a hierarchy's entity: its own @Version, if any
        if (expected == null) {
            throw new IllegalStateException(operations.schema().metadataOf(current).recordName() + " has no @Version"
                    + " component, so updateIfUnchanged cannot tell whether it changed; add one, or use update(key,"
                    + " update, condition)");
        }
        K key = operations.schema().keyOf(current);
        Map<String, AttributeValue> keyAttributes = operations.keyAttributes(key);
        return resolve(runner, runner.call(operations.update(key, current, update, condition, false, expected)),
                keyAttributes);
    }

    /**
     * Turns a rejected versioned write into {@link OptimisticLockException} (the stored version
     * differs) or {@link ConditionFailedException} (the caller's own condition failed), reading the
     * stored item when DynamoDB did not return it.
     */
    private <R> CompletableFuture<R> resolve(Runner runner, CompletableFuture<R> write, Map<String, AttributeValue> key) {
        return write.exceptionallyCompose(failure -> {
            RuntimeException e = Runner.unwrap(failure);
            if (!(e instanceof WriteFailures.VersionConflict conflict)) {
                return CompletableFuture.failedFuture(e);
            }
            CompletableFuture<Map<String, AttributeValue>> stored = conflict.stored != null
                    ? CompletableFuture.completedFuture(conflict.stored)
                    : runner.call(operations.loadRaw(Keys.keyOf(metadata, key), true)).thenApply(found ->
                            found.map(operations.schema()::toItem).orElse(null));
            return stored.thenApply(item -> {
                throw explain(conflict, item);
            });
        });
    }

    private ConditionFailedException explain(WriteFailures.VersionConflict conflict, Map<String, AttributeValue> stored) {
        RuntimeException cause = (RuntimeException) conflict.getCause();
        Long actual = stored == null ? null : ItemRules.storedVersion(stored.get(metadata.versionAttribute()));
        boolean versionHeld = stored == null ? conflict.expected == 0 : actual != null && actual == conflict.expected;
        if (versionHeld && conflict.condition != null) { // the caller's condition failed, not the version
            return operations.failures().conditionFailed(conflict.operation, conflict.key, conflict.condition, null, cause);
        }
        return new OptimisticLockException(conflict.operation, operations.tableName(), conflict.key, conflict.expected,
                actual, cause);
    }

    /**
     * Saves many items: BatchWriteItem for unversioned records; for {@code @Version}ed ones, one
     * conditional PutItem each, so that no version check is dropped.
     *
     * @param runner runs requests
     * @param items the records
     * @return done, or failed with {@code BatchWriteException} listing exactly the unwritten items
     */
    public CompletableFuture<Void> saveAll(Runner runner, Collection<? extends T> items) {
        if (metadata.versionAttribute() == null) {
            return batchWrites.saveAll(runner, items);
        }
        List<T> list = new ArrayList<>(Objects.requireNonNull(items, "items"));
        list.forEach(operations.rules()::prepare); // every item is checked before anything is written
        return Futures.bounded(list.size(), operations.settings().maxConcurrency(), i -> save(runner, list.get(i), null)
                .handle((saved, failure) -> failure == null ? null : Runner.unwrap(failure)))
                .thenApply(failures -> {
                    List<T> failed = new ArrayList<>();
                    List<String> keys = new ArrayList<>();
                    List<Throwable> causes = new ArrayList<>();
                    for (int i = 0; i < failures.size(); i++) {
                        if (failures.get(i) != null) {
                            failed.add(list.get(i));
                            keys.add(Keys.describe(metadata, operations.schema().toItem(list.get(i))));
                            causes.add(failures.get(i));
                        }
                    }
                    if (!failed.isEmpty()) {
                        BatchWriteException e = new BatchWriteException("saveAll",
                                operations.tableName(), failed, list.size(), keys);
                        causes.stream().limit(10).forEach(e::addSuppressed);
                        throw e;
                    }
                    return null;
                });
    }

    /**
     * @param runner runs requests
     * @param keys the keys
     * @return done, or failed with {@code BatchWriteException} listing exactly the undeleted keys
     */
    public CompletableFuture<Void> deleteAll(Runner runner, Collection<? extends K> keys) {
        return batchWrites.deleteAll(runner, keys);
    }

    /**
     * @param runner runs requests
     * @param keys the keys
     * @param consistent strongly consistent reads
     * @return the items in the order of the keys, missing and expired ones left out
     */
    public CompletableFuture<List<T>> loadAll(Runner runner, Collection<? extends K> keys, boolean consistent) {
        return batchReads.loadAll(runner, keys, consistent);
    }

    /**
     * Deletes every item of a partition (expired ones too): reads its keys, then deletes them in
     * batches.
     *
     * @param runner runs requests
     * @param reads the page reads on the same runner
     * @param partitionValue the partition key value, checked
     * @return how many items were deleted
     */
    public CompletableFuture<Integer> deleteAllByPartitionKey(Runner runner, PagedReads reads,
            AttributeValue partitionValue) {
        KeyConditions keys = KeyConditions.forTable(metadata, operations.tableName(), partitionValue);
        List<AttributePath> keyPaths = new ArrayList<>(List.of(AttributePath.of(metadata.partitionKey().name())));
        if (metadata.sortKey() != null) {
            keyPaths.add(AttributePath.of(metadata.sortKey().name()));
        }
        // a single-table entity's view deletes its own items of the partition, not the others'
        ReadSpec spec = keys.spec(null, null, operations.rules().entityOnly(), false, null, true, keyPaths);
        // the projection also brings a single table's type attribute: the delete requests take the key alone
        return reads.list(spec).thenCompose(found -> batchWrites.deleteRaw(runner,
                found.stream().map(item -> Keys.keyOf(metadata, item)).toList()));
    }

    /**
     * Enables TTL on the table where the server supports it; a server without TTL settings (such as
     * dynalite) is noted at INFO, not an error.
     *
     * @param runner runs requests
     * @return done
     */
    public CompletableFuture<Void> enableTimeToLive(Runner runner) {
        Operation<?, ?, Void> op = operations.enableTimeToLive();
        if (op == null) {
            return CompletableFuture.completedFuture(null);
        }
        return runner.call(op).exceptionally(failure -> {
            RuntimeException e = Runner.unwrap(failure);
            if (e instanceof AwsServiceException aws && aws.statusCode() == 400 && aws.awsErrorDetails() != null
                    && "UnknownOperationException".equals(aws.awsErrorDetails().errorCode())) {
                LOG.info("The server does not support TTL settings; TTL is not enabled on {}",
                        operations.tableName());
                return null;
            }
            throw e;
        });
    }
}
