package io.genericrepo;

import io.genericrepo.internal.execution.AsyncExecutor;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.expression.KeyConditions;
import io.genericrepo.internal.read.PagedReads;
import io.genericrepo.internal.table.TableActions;
import io.genericrepo.internal.table.TableDefinitions;
import io.genericrepo.internal.table.TableOperations;
import io.genericrepo.internal.table.TableWaits;
import io.genericrepo.path.Index;
import io.genericrepo.path.ValuePath;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbAsyncWaiter;

/**
 * The asynchronous twin of {@link Repository}, over {@code DynamoDbAsyncClient}: the same methods
 * with the same parameters; single results as {@link CompletableFuture}s, streams of items as
 * Reactive Streams publishers ({@code query(...).stream()}). Every operation is the same code as
 * the sync one, run without blocking. Invalid arguments throw at the call, as in the sync
 * repository; failures from DynamoDB complete the future exceptionally.
 *
 * <pre>{@code
 * orders.save(order)
 *       .thenCompose(saved -> orders.load("c-1", "o-9"))
 *       .thenAccept(found -> log.info("{}", found));
 * }</pre>
 *
 * @param <T> the record
 * @param <K> its key type
 * @param <P> the partition key's type
 */
public abstract class AsyncRepository<T, K, P> implements AutoCloseable {

    private final TableOperations<T, K> operations;
    private final TableActions<T, K> actions;
    private final AsyncExecutor executor;
    private final PagedReads reads;
    private final ValuePath<T, P> partitionKey;

    /**
     * For generated repositories.
     *
     * @param schema the generated schema
     * @param partitionKey the metamodel's path of the partition key
     * @param builder the builder's settings
     */
    protected AsyncRepository(TableSchema<T, K> schema, ValuePath<T, P> partitionKey,
            AsyncRepositoryBuilder<?, ?> builder) {
        this.operations = new TableOperations<>(schema, builder.settings(schema));
        this.actions = new TableActions<>(operations);
        this.executor = builder.asyncExecutor();
        this.reads = new PagedReads(executor, operations.settings().maxConcurrency());
        this.partitionKey = partitionKey;
    }

    /**
     * For the generated typed views of a single-table design ({@code shop.orders()}): a
     * repository of one entity that shares the client of the hierarchy's repository, which alone
     * closes it.
     *
     * @param schema the entity's generated schema
     * @param partitionKey the path of its partition key, rendered by its template
     * @param builder the hierarchy's builder settings
     * @param table the hierarchy's repository, whose client this one uses
     */
    protected AsyncRepository(TableSchema<T, K> schema, ValuePath<T, P> partitionKey,
            AsyncRepositoryBuilder<?, ?> builder, AsyncRepository<?, ?, ?> table) {
        this.operations = new TableOperations<>(schema, builder.settings(schema));
        this.actions = new TableActions<>(operations);
        this.executor = new AsyncExecutor(table.executor.client(), false);
        this.reads = new PagedReads(executor, operations.settings().maxConcurrency());
        this.partitionKey = partitionKey;
    }

    /**
     * @param key the key
     * @return the item, or empty; see {@link Repository#load}
     */
    public CompletableFuture<Optional<T>> load(K key) {
        return executor.call(operations.load(key, false));
    }

    /**
     * @param key the key
     * @param consistency how up to date the read must be
     * @return the item, or empty; see {@link Repository#load(Object, ReadConsistency)}
     */
    public CompletableFuture<Optional<T>> load(K key, ReadConsistency consistency) {
        return executor.call(operations.load(key, Repository.strong(consistency)));
    }

    /**
     * @param key the key
     * @return the item, or failed with {@link ItemNotFoundException}
     */
    public CompletableFuture<T> loadOrThrow(K key) {
        return executor.call(operations.loadOrThrow(key, false));
    }

    /**
     * @param key the key
     * @param consistency how up to date the read must be
     * @return the item, or failed with {@link ItemNotFoundException}
     */
    public CompletableFuture<T> loadOrThrow(K key, ReadConsistency consistency) {
        return executor.call(operations.loadOrThrow(key, Repository.strong(consistency)));
    }

    /**
     * @param item the record
     * @return the record as stored; see {@link Repository#save(Object)}
     */
    public CompletableFuture<T> save(T item) {
        return actions.save(executor, item, null);
    }

    /**
     * @param item the record
     * @param condition the condition
     * @return the record as stored, or failed with {@link ConditionFailedException}
     */
    public CompletableFuture<T> save(T item, Condition<T> condition) {
        return actions.save(executor, item, Objects.requireNonNull(condition, "condition"));
    }

    /**
     * @param key the key
     * @return the deleted item, or empty
     */
    public CompletableFuture<Optional<T>> delete(K key) {
        return executor.call(operations.delete(key, null, null));
    }

    /**
     * @param key the key
     * @param condition the condition
     * @return the deleted item, or failed with {@link ConditionFailedException}
     */
    public CompletableFuture<Optional<T>> delete(K key, Condition<T> condition) {
        return actions.delete(executor, key, Objects.requireNonNull(condition, "condition"));
    }

    /**
     * @param item the record as read
     * @return the deleted item, or failed with {@link OptimisticLockException}
     */
    public CompletableFuture<Optional<T>> deleteItem(T item) {
        return actions.deleteItem(executor, item);
    }

    /**
     * @param key the key
     * @param update the changes
     * @return the item after the update; see {@link Repository#update(Object, Update)}
     */
    public CompletableFuture<T> update(K key, Update<T> update) {
        return actions.update(executor, key, update, null, false);
    }

    /**
     * @param key the key
     * @param update the changes
     * @param condition the condition
     * @return the item after the update, or failed with {@link ConditionFailedException}
     */
    public CompletableFuture<T> update(K key, Update<T> update, Condition<T> condition) {
        return actions.update(executor, key, update, Objects.requireNonNull(condition, "condition"), false);
    }

    /**
     * @param key the key
     * @param update the changes
     * @return the item after the update, or failed if there is none
     */
    public CompletableFuture<T> updateExisting(K key, Update<T> update) {
        return actions.update(executor, key, update, null, true);
    }

    /**
     * @param key the key
     * @param update the changes
     * @param condition the condition
     * @return the item after the update, or failed if there is none or the condition does not hold
     */
    public CompletableFuture<T> updateExisting(K key, Update<T> update, Condition<T> condition) {
        return actions.update(executor, key, update, Objects.requireNonNull(condition, "condition"), true);
    }

    /**
     * @param current the record as read
     * @param update the changes
     * @return the item after the update, or failed with {@link OptimisticLockException}
     */
    public CompletableFuture<T> updateIfUnchanged(T current, Update<T> update) {
        return actions.updateIfUnchanged(executor, current, update, null);
    }

    /**
     * @param key the key
     * @param update the changes
     * @param condition the condition
     * @return whether it succeeded, with the new item or the rejection message
     */
    public CompletableFuture<UpdateResult<T>> tryUpdate(K key, Update<T> update, Condition<T> condition) {
        return update(key, update, condition).handle((item, failure) -> {
            if (failure == null) {
                return new UpdateResult<>(true, item, null, null);
            }
            RuntimeException e = Runner.unwrap(failure);
            if (e instanceof ConditionFailedException rejected) {
                return new UpdateResult<>(false, null, rejected.rejectionMessage(), UpdateResult.CONDITIONAL_CHECK_FAILED);
            }
            throw e;
        });
    }

    /**
     * Saves many items in batches, keeping at most {@code maxConcurrency} requests in flight. Every
     * item is checked before the first request; then each request's items are converted just
     * before it is sent, while the requests before it are in flight.
     *
     * @param items the records (not to be changed until the future completes)
     * @return done, or failed with {@link BatchWriteException}; see {@link Repository#saveAll}
     */
    public CompletableFuture<Void> saveAll(Collection<? extends T> items) {
        return actions.saveAll(executor, items);
    }

    /**
     * @param keys the keys
     * @return done, or failed with {@link BatchWriteException}
     */
    public CompletableFuture<Void> deleteAll(Collection<? extends K> keys) {
        return actions.deleteAll(executor, keys);
    }

    /**
     * @param keys the keys
     * @return the items in the order of the keys; see {@link Repository#loadAll}
     */
    public CompletableFuture<List<T>> loadAll(Collection<? extends K> keys) {
        return actions.loadAll(executor, keys, false);
    }

    /**
     * @param keys the keys
     * @param consistency how up to date the reads must be
     * @return the items in the order of the keys; see {@link Repository#loadAll(Collection, ReadConsistency)}
     */
    public CompletableFuture<List<T>> loadAll(Collection<? extends K> keys, ReadConsistency consistency) {
        return actions.loadAll(executor, keys, Repository.strong(consistency));
    }

    /**
     * @param partitionKey the partition key value
     * @return how many items were deleted
     */
    public CompletableFuture<Integer> deleteAllByPartitionKey(P partitionKey) {
        return actions.deleteAllByPartitionKey(executor, reads, 
                KeyConditions.partitionValue(schema().metadata(), this.partitionKey, partitionKey));
    }

    /**
     * @param partitionKey the partition key value
     * @return the query, to refine and run
     */
    public AsyncQuery<T> query(P partitionKey) {
        return new AsyncQuery<>(operations, executor, reads, KeyConditions.forPartition(schema().metadata(), tableName(),
                this.partitionKey, partitionKey));
    }

    /**
     * @param index the index, from the metamodel
     * @param partitionKey the index partition key value
     * @param <I> the index partition key's type
     * @return the query, to refine and run
     */
    public <I> AsyncQuery<T> query(Index<T, I, ?> index, I partitionKey) {
        return new AsyncQuery<>(operations, executor, reads, 
                KeyConditions.forIndex(schema().metadata(), tableName(), index, partitionKey));
    }

    /**
     * @param partitionKey the partition key value
     * @return the items of the partition
     */
    public CompletableFuture<List<T>> findAll(P partitionKey) {
        return query(partitionKey).list();
    }

    /**
     * @param partitionKey the partition key value
     * @param filter the filter
     * @return the matching items of the partition
     */
    public CompletableFuture<List<T>> findAll(P partitionKey, Condition<T> filter) {
        return query(partitionKey).filter(filter).list();
    }

    /**
     * @param index the index
     * @param value its partition key value
     * @param <I> the index partition key's type
     * @return the items
     */
    public <I> CompletableFuture<List<T>> findAllWithIndex(Index<T, I, ?> index, I value) {
        return query(index, value).list();
    }

    /**
     * @param index the index
     * @param value its partition key value
     * @param filter the filter
     * @param <I> the index partition key's type
     * @return the matching items
     */
    public <I> CompletableFuture<List<T>> findAllWithIndex(Index<T, I, ?> index, I value, Condition<T> filter) {
        return query(index, value).filter(filter).list();
    }

    /**
     * @param index the index
     * @param value its partition key value
     * @param <I> the index partition key's type
     * @return the first item
     */
    public <I> CompletableFuture<Optional<T>> findOneWithIndex(Index<T, I, ?> index, I value) {
        return query(index, value).first();
    }

    /** @return a scan of the whole table, to refine and run */
    public AsyncScan<T> scan() {
        return new AsyncScan<>(operations, executor, reads);
    }

    /**
     * @param filter which items to count
     * @return how many items match, counted exactly
     */
    public CompletableFuture<Long> count(Condition<T> filter) {
        return scan().filter(filter).count();
    }

    /** @return how many items the table holds, counted exactly */
    public CompletableFuture<Long> count() {
        return scan().count();
    }

    /** @return DynamoDB's approximate item count; see {@link Repository#approximateCount()} */
    public CompletableFuture<Long> approximateCount() {
        return executor.call(operations.describeTable()).thenApply(t -> t.itemCount() == null ? 0L : t.itemCount());
    }

    /**
     * @return done once the table is created, active, and has TTL enabled where supported
     */
    public CompletableFuture<Void> createTable() {
        return executor.call(operations.createTable()).thenCompose(created -> {
            DynamoDbAsyncWaiter waiter = DynamoDbAsyncWaiter.builder().client(executor.client())
                    .overrideConfiguration(TableWaits.ACTIVE).build();
            return waiter.waitUntilTableExists(b -> b.tableName(operations.tableName()))
                    .whenComplete((response, failure) -> waiter.close());
        }).thenCompose(active -> actions.enableTimeToLive(executor));
    }

    /**
     * @return true if the table was created, false if it existed (and fits the record)
     */
    public CompletableFuture<Boolean> ensureTable() {
        return executor.call(operations.describeTable()).handle((existing, failure) -> {
            if (failure == null) {
                TableDefinitions.checkCompatible(operations.schema().metadata(), existing);
                return CompletableFuture.completedFuture(false);
            }
            RuntimeException e = Runner.unwrap(failure);
            if (e instanceof ResourceNotFoundException) {
                return createTable().thenApply(v -> true);
            }
            return CompletableFuture.<Boolean>failedFuture(e);
        }).thenCompose(f -> f);
    }

    /** @return the table this repository reads and writes */
    public String tableName() {
        return operations.tableName();
    }

    /** @return the table's operations, for transactions (same package) */
    TableOperations<T, K> operations() {
        return operations;
    }

    /** @return the executor, for transactions (same package) */
    AsyncExecutor executor() {
        return executor;
    }

    /** @return the generated schema */
    public TableSchema<T, K> schema() {
        return operations.schema();
    }

    /** Closes the client if this repository built it. */
    @Override
    public void close() {
        executor.close();
    }

}
