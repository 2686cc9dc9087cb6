package io.genericrepo;

import io.genericrepo.internal.batch.ThreadedRunner;
import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.execution.SyncExecutor;
import io.genericrepo.internal.expression.KeyConditions;
import io.genericrepo.internal.read.SyncReads;
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
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * A synchronous repository over one DynamoDB table. Generated {@code XRepository} classes extend
 * it with typed key parameters and a builder; everything else is here, written once and shared
 * with {@link AsyncRepository}, which has the same methods returning futures.
 *
 * <pre>{@code
 * try (OrderRepository orders = OrderRepository.builder().region("eu-north-1").build()) {
 *     orders.save(order);
 *     Optional<Order> found = orders.load("c-1", "o-9");
 * }
 * }</pre>
 *
 * @param <T> the record
 * @param <K> its key: {@code XKey} for a table with a sort key, else the partition key's type
 * @param <P> the partition key's type
 */
public abstract class Repository<T, K, P> implements AutoCloseable {

    private final TableOperations<T, K> operations;
    private final TableActions<T, K> actions;
    private final SyncExecutor executor;
    private final SyncReads reads;
    private final ValuePath<T, P> partitionKey;

    /**
     * For generated repositories.
     *
     * @param schema the generated schema
     * @param partitionKey the metamodel's path of the partition key
     * @param builder the builder's settings
     */
    protected Repository(TableSchema<T, K> schema, ValuePath<T, P> partitionKey, RepositoryBuilder<?, ?> builder) {
        this.operations = new TableOperations<>(schema, builder.settings(schema));
        this.actions = new TableActions<>(operations);
        this.executor = builder.syncExecutor();
        this.reads = new SyncReads(executor, operations.settings().maxConcurrency());
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
    protected Repository(TableSchema<T, K> schema, ValuePath<T, P> partitionKey, RepositoryBuilder<?, ?> builder,
            Repository<?, ?, ?> table) {
        this.operations = new TableOperations<>(schema, builder.settings(schema));
        this.actions = new TableActions<>(operations);
        this.executor = new SyncExecutor(table.executor.client(), false);
        this.reads = new SyncReads(executor, operations.settings().maxConcurrency());
        this.partitionKey = partitionKey;
    }

    /**
     * Reads one item (GetItem). An item whose TTL has passed is not returned.
     *
     * <pre>{@code Optional<Order> order = orders.load(new OrderKey("c-1", "o-9"));}</pre>
     *
     * @param key the key
     * @return the item, or empty if there is none
     * @throws IllegalArgumentException if a key component is null or empty (nothing is sent)
     * @throws SchemaMismatchException if the stored item does not fit the record
     */
    public Optional<T> load(K key) {
        return executor.run(operations.load(key, false));
    }

    /**
     * Reads one item with the given consistency: {@link ReadConsistency#STRONG} sees every write
     * that succeeded before the read.
     *
     * <pre>{@code Optional<Order> fresh = orders.load(new OrderKey("c-1", "o-9"), ReadConsistency.STRONG);}</pre>
     *
     * @param key the key
     * @param consistency how up to date the read must be
     * @return the item, or empty if there is none
     * @throws IllegalArgumentException if a key component is null or empty (nothing is sent)
     */
    public Optional<T> load(K key, ReadConsistency consistency) {
        return executor.run(operations.load(key, strong(consistency)));
    }

    /**
     * Reads one item that must exist.
     *
     * <pre>{@code Order order = orders.loadOrThrow(new OrderKey("c-1", "o-9"));}</pre>
     *
     * @param key the key
     * @return the item
     * @throws ItemNotFoundException naming the table and key when there is none
     */
    public T loadOrThrow(K key) {
        return executor.run(operations.loadOrThrow(key, false));
    }

    /**
     * Reads one item that must exist, with the given consistency.
     *
     * @param key the key
     * @param consistency how up to date the read must be
     * @return the item
     * @throws ItemNotFoundException naming the table and key when there is none
     */
    public T loadOrThrow(K key, ReadConsistency consistency) {
        return executor.run(operations.loadOrThrow(key, strong(consistency)));
    }

    static boolean strong(ReadConsistency consistency) {
        return Objects.requireNonNull(consistency, "consistency") == ReadConsistency.STRONG;
    }

    /**
     * Writes an item (PutItem), replacing any item with the same key. Fills a null {@code @Ttl}
     * when an expiration is set; for a {@code @Version}ed record, writes only if the stored version
     * is the item's (or there is none for version 0) and stores the next version.
     *
     * <pre>{@code Order saved = orders.save(order); // saved.version() == order.version() + 1}</pre>
     *
     * @param item the record
     * @return the record as stored
     * @throws IllegalArgumentException if a key component is null, empty or too long, an index key
     *     is empty, a value cannot be stored, or the item is over 400 KB; nothing is sent
     * @throws OptimisticLockException if the stored version is not the item's
     */
    public T save(T item) {
        return Runner.join(actions.save(executor, item, null));
    }

    /**
     * Writes an item only if the stored item (if any) meets the condition, for example only if
     * there is none yet: {@code orders.save(order, Order_.orderId.notExists())}.
     *
     * @param item the record
     * @param condition the condition; {@link Condition#withMessage} sets the rejection message
     * @return the record as stored
     * @throws ConditionFailedException if the condition does not hold; nothing is written
     */
    public T save(T item, Condition<T> condition) {
        return Runner.join(actions.save(executor, item, Objects.requireNonNull(condition, "condition")));
    }

    /**
     * Deletes an item (DeleteItem). Deleting a missing item is not an error.
     *
     * <pre>{@code Optional<Order> deleted = orders.delete(new OrderKey("c-1", "o-9"));}</pre>
     *
     * @param key the key
     * @return the deleted item, or empty if there was none
     */
    public Optional<T> delete(K key) {
        return executor.run(operations.delete(key, null, null));
    }

    /**
     * Deletes an item only if it meets the condition.
     *
     * <pre>{@code orders.delete(key, Order_.status.eq(CANCELLED).withMessage("Only cancelled orders go"));}</pre>
     *
     * @param key the key
     * @param condition the condition
     * @return the deleted item, or empty if there was none (and the condition held on nothing)
     * @throws ConditionFailedException if the condition does not hold; nothing is deleted
     */
    public Optional<T> delete(K key, Condition<T> condition) {
        return Runner.join(actions.delete(executor, key, Objects.requireNonNull(condition, "condition")));
    }

    /**
     * Deletes the item the caller holds; for a {@code @Version}ed record, only if the stored
     * version is still the item's.
     *
     * @param item the record as read
     * @return the deleted item, or empty if there was none
     * @throws OptimisticLockException if the stored version is another
     */
    public Optional<T> deleteItem(T item) {
        return Runner.join(actions.deleteItem(executor, item));
    }

    /**
     * Changes some attributes of an item atomically (UpdateItem) and returns the item as it is
     * afterwards. Like DynamoDB, an update of a missing item creates it (with the key and the
     * attributes set); use {@link #updateExisting} to refuse that. A {@code @Version} is
     * incremented; a null {@code @Ttl} is filled when an expiration is set. In a single-table
     * design, an update changes only an existing item of its entity ({@link ConditionFailedException}
     * if there is none: a created item would have no type tag), never its type tag, primary key
     * components or shared index key attributes; an update that sets every component of a shared
     * index template also rewrites that index key, as save writes it (in a sparse index, removing a
     * component removes the index keys), and other changes of such a component are refused (see the
     * README); the hierarchy's repository refuses an update by key when only some entities have a
     * {@code @Version} (or a {@code @Ttl} an expiration fills), or when it changes a component of an
     * entity's index template: use the entity's view.
     *
     * <pre>{@code Order o = orders.update(key, Update.of(Order_.status.set(SHIPPED), Order_.quantity.increment(-1)));}</pre>
     *
     * @param key the key
     * @param update the changes
     * @return the item after the update
     * @throws IllegalArgumentException if the update changes a key attribute or the
     *     {@code @Version}, empties an index key, or changes a component of a shared index template
     *     in a way whose index key cannot be known before sending; nothing is sent
     * @throws GenericRepoException if it changes a nested path whose parent the item lacks,
     *     naming both
     */
    public T update(K key, Update<T> update) {
        return Runner.join(actions.update(executor, key, update, null, false));
    }

    /**
     * Changes some attributes of an item atomically, only if it meets the condition.
     *
     * <pre>{@code
     * Order shipped = orders.update(key, Update.of(Order_.status.set(SHIPPED)),
     *         Order_.status.eq(PENDING).withMessage("Order must be pending"));
     * }</pre>
     *
     * @param key the key
     * @param update the changes
     * @param condition the condition; {@link Condition#withMessage} sets the rejection message
     * @return the item after the update
     * @throws ConditionFailedException if the condition does not hold; nothing is changed
     */
    public T update(K key, Update<T> update, Condition<T> condition) {
        return Runner.join(actions.update(executor, key, update, Objects.requireNonNull(condition, "condition"), false));
    }

    /**
     * Like {@link #update(Object, Update)}, but only if the item exists.
     *
     * @param key the key
     * @param update the changes
     * @return the item after the update
     * @throws ConditionFailedException with reason "no item with this key exists" if there is none
     */
    public T updateExisting(K key, Update<T> update) {
        return Runner.join(actions.update(executor, key, update, null, true));
    }

    /**
     * Like {@link #update(Object, Update, Condition)}, but only if the item exists.
     *
     * @param key the key
     * @param update the changes
     * @param condition the condition
     * @return the item after the update
     * @throws ConditionFailedException if there is no item or the condition does not hold
     */
    public T updateExisting(K key, Update<T> update, Condition<T> condition) {
        return Runner.join(actions.update(executor, key, update, Objects.requireNonNull(condition, "condition"), true));
    }

    /**
     * Updates an item the caller read, only if nobody changed it since: its {@code @Version} must
     * still be the one read. The version is incremented.
     *
     * <pre>{@code Order paid = orders.updateIfUnchanged(order, Update.of(Order_.status.set(PAID)));}</pre>
     *
     * @param current the record as read
     * @param update the changes
     * @return the item after the update
     * @throws OptimisticLockException naming both versions if it changed
     * @throws IllegalStateException if the record has no {@code @Version}
     */
    public T updateIfUnchanged(T current, Update<T> update) {
        return Runner.join(actions.updateIfUnchanged(executor, current, update, null));
    }

    /**
     * A conditional update that reports a rejection as a result instead of an exception.
     *
     * @param key the key
     * @param update the changes
     * @param condition the condition
     * @return whether it succeeded, with the new item or the rejection message
     */
    public UpdateResult<T> tryUpdate(K key, Update<T> update, Condition<T> condition) {
        try {
            return new UpdateResult<>(true, update(key, update, condition), null, null);
        } catch (ConditionFailedException e) {
            return new UpdateResult<>(false, null, e.rejectionMessage(), UpdateResult.CONDITIONAL_CHECK_FAILED);
        }
    }

    /**
     * Saves many items: BatchWriteItem requests of at most 25 items and 16 MB, unprocessed items and
     * throttling retried with backoff (see the builder's {@code batchRetries}). Several items with
     * one key: the last wins. {@code @Version}ed records are saved one conditional PutItem each, so
     * that their version checks hold. Every item is checked first; then each request's items are
     * converted just before it is sent, so memory beyond the caller's list stays bounded. Requests
     * go one after the other, or from {@code maxConcurrency} threads when the builder sets it.
     *
     * <pre>{@code orders.saveAll(List.of(first, second));}</pre>
     *
     * @param items the records (not to be changed until the call returns)
     * @throws BatchWriteException listing exactly the items not written once the retries ran out;
     *     all others were written
     * @throws IllegalArgumentException if any item is invalid (including over 400 KB); then
     *     nothing is sent
     */
    public void saveAll(Collection<? extends T> items) {
        batch(runner -> actions.saveAll(runner, items));
    }

    /**
     * Deletes many items by key, in batches like {@link #saveAll}.
     *
     * <pre>{@code orders.deleteAll(List.of(new OrderKey("c-1", "o-9")));}</pre>
     *
     * @param keys the keys
     * @throws BatchWriteException listing exactly the keys not deleted once the retries ran out
     * @throws IllegalArgumentException if any key is invalid (null or empty components); then
     *     nothing is sent
     */
    public void deleteAll(Collection<? extends K> keys) {
        batch(runner -> actions.deleteAll(runner, keys));
    }

    /** Runs a batch write on the caller's thread, or from {@code maxConcurrency} threads when set. */
    private <R> R batch(Function<Runner, CompletableFuture<R>> write) {
        int threads = operations.settings().syncBatchThreads();
        if (threads == 1) {
            return Runner.join(write.apply(executor));
        }
        try (ThreadedRunner runner = new ThreadedRunner(executor, threads)) {
            return Runner.join(write.apply(runner));
        }
    }

    /**
     * Reads many items by key: BatchGetItem requests of at most 100 keys, unprocessed keys retried
     * with backoff; a key given twice is read once.
     *
     * @param keys the keys
     * @return the items in the order of the keys given; missing and expired ones left out
     * @throws BatchReadException listing exactly the keys not read once the retries ran out
     */
    public List<T> loadAll(Collection<? extends K> keys) {
        return Runner.join(actions.loadAll(executor, keys, false));
    }

    /**
     * Reads many items by key, like {@link #loadAll(Collection)}, with the given consistency.
     *
     * <pre>{@code List<Order> fresh = orders.loadAll(keys, ReadConsistency.STRONG);}</pre>
     *
     * @param keys the keys
     * @param consistency how up to date the reads must be
     * @return the items in the order of the keys given; missing and expired ones left out
     * @throws BatchReadException listing exactly the keys not read once the retries ran out
     */
    public List<T> loadAll(Collection<? extends K> keys, ReadConsistency consistency) {
        return Runner.join(actions.loadAll(executor, keys, strong(consistency)));
    }

    /**
     * Deletes every item of one partition (the Python package's {@code delete_all_by_primary_key}):
     * queries its keys, then deletes them in batches.
     *
     * @param partitionKey the partition key value
     * @return how many items were deleted
     */
    public int deleteAllByPartitionKey(P partitionKey) {
        return Runner.join(actions.deleteAllByPartitionKey(executor, reads.paged(), 
                KeyConditions.partitionValue(schema().metadata(), this.partitionKey, partitionKey)));
    }

    /**
     * Starts a query of one partition.
     *
     * <pre>{@code List<Order> recent = orders.query("c-1").sortKey(Order_.orderId.gt("2026-")).list();}</pre>
     *
     * @param partitionKey the partition key value
     * @return the query, to refine and run
     */
    public Query<T> query(P partitionKey) {
        return new Query<>(operations, reads, KeyConditions.forPartition(schema().metadata(), tableName(),
                this.partitionKey, partitionKey));
    }

    /**
     * Starts a query of one partition of a secondary index.
     *
     * <pre>{@code List<Order> pending = orders.query(Order_.STATUS_INDEX, PENDING).filter(Order_.total.gt(100)).list();}</pre>
     *
     * @param index the index, from the metamodel
     * @param partitionKey the index partition key value
     * @param <I> the index partition key's type
     * @return the query, to refine and run
     */
    public <I> Query<T> query(Index<T, I, ?> index, I partitionKey) {
        return new Query<>(operations, reads, 
                KeyConditions.forIndex(schema().metadata(), tableName(), index, partitionKey));
    }

    /**
     * All items of one partition (the Python package's {@code find_all}).
     *
     * @param partitionKey the partition key value
     * @return the items, in sort-key order
     */
    public List<T> findAll(P partitionKey) {
        return query(partitionKey).list();
    }

    /**
     * The matching items of one partition.
     *
     * @param partitionKey the partition key value
     * @param filter the filter
     * @return the items, in sort-key order
     */
    public List<T> findAll(P partitionKey, Condition<T> filter) {
        return query(partitionKey).filter(filter).list();
    }

    /**
     * All items of one partition of an index (the Python package's {@code find_all_with_index}).
     *
     * @param index the index
     * @param value its partition key value
     * @param <I> the index partition key's type
     * @return the items
     */
    public <I> List<T> findAllWithIndex(Index<T, I, ?> index, I value) {
        return query(index, value).list();
    }

    /**
     * The matching items of one partition of an index.
     *
     * @param index the index
     * @param value its partition key value
     * @param filter the filter
     * @param <I> the index partition key's type
     * @return the items
     */
    public <I> List<T> findAllWithIndex(Index<T, I, ?> index, I value, Condition<T> filter) {
        return query(index, value).filter(filter).list();
    }

    /**
     * The first item of one partition of an index (the Python package's {@code find_one_with_index}).
     *
     * @param index the index
     * @param value its partition key value
     * @param <I> the index partition key's type
     * @return the first item, reading no more than needed
     */
    public <I> Optional<T> findOneWithIndex(Index<T, I, ?> index, I value) {
        return query(index, value).first();
    }

    /** @return a scan of the whole table, to refine and run */
    public Scan<T> scan() {
        return new Scan<>(operations, reads);
    }

    /**
     * @param filter which items to count
     * @return how many items match, counted exactly by DynamoDB (a scan with Select COUNT)
     */
    public long count(Condition<T> filter) {
        return scan().filter(filter).count();
    }

    /** @return how many items the table holds, counted exactly (a scan with Select COUNT) */
    public long count() {
        return scan().count();
    }

    /**
     * What the Python package's {@code count()} returned: DynamoDB's item count from
     * DescribeTable, which DynamoDB refreshes about every six hours. Free, but approximate, and
     * expired items not yet deleted are counted. It counts the whole table: for a typed view of a
     * single-table design, every entity's items, not only the view's ({@code count()} counts those).
     *
     * @return the approximate number of items
     */
    public long approximateCount() {
        Long count = executor.run(operations.describeTable()).itemCount();
        return count == null ? 0 : count;
    }

    /**
     * Creates the table from the schema: its keys, every index (projecting all attributes),
     * on-demand billing, and TTL on the {@code @Ttl} attribute where the server supports it;
     * returns once the table is active. For development and tests.
     *
     * @throws software.amazon.awssdk.services.dynamodb.model.ResourceInUseException if it exists
     */
    public void createTable() {
        executor.run(operations.createTable());
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(executor.client())
                .overrideConfiguration(TableWaits.ACTIVE).build()) {
            waiter.waitUntilTableExists(b -> b.tableName(operations.tableName()));
        }
        Runner.join(actions.enableTimeToLive(executor));
    }

    /**
     * Creates the table unless it exists; an existing table must have the record's key and
     * indexes.
     *
     * @return true if the table was created, false if it existed
     * @throws GenericRepoException if an existing table does not fit the record
     */
    public boolean ensureTable() {
        TableDescription existing;
        try {
            existing = executor.run(operations.describeTable());
        } catch (ResourceNotFoundException e) {
            createTable();
            return true;
        }
        TableDefinitions.checkCompatible(operations.schema().metadata(), existing);
        return false;
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
    SyncExecutor executor() {
        return executor;
    }

    /** @return the generated schema */
    public TableSchema<T, K> schema() {
        return operations.schema();
    }

    /** Closes the client if this repository built it; a client passed to the builder stays open. */
    @Override
    public void close() {
        executor.close();
    }


}
