package io.genericrepo;

import io.genericrepo.internal.SyncExecutor;
import io.genericrepo.internal.TableDefinitions;
import io.genericrepo.internal.TableOperations;
import io.genericrepo.internal.TableWaits;
import io.genericrepo.internal.KeyConditions;
import io.genericrepo.internal.Keys;
import io.genericrepo.internal.SyncReads;
import io.genericrepo.path.Index;
import io.genericrepo.path.ValuePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * A synchronous repository over one DynamoDB table. Generated {@code XRepository} classes extend
 * it with typed key parameters and a builder; everything else is here, written once.
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
        this.operations = new TableOperations<>(schema, builder.tableNameOr(schema.metadata().tableName()));
        this.executor = builder.syncExecutor();
        this.reads = new SyncReads(executor);
        this.partitionKey = partitionKey;
    }

    /**
     * Reads one item (GetItem).
     *
     * <pre>{@code Optional<Order> order = orders.load(new OrderKey("c-1", "o-9"));}</pre>
     *
     * @param key the key
     * @return the item, or empty if there is none
     * @throws IllegalArgumentException if a key component is null or empty (nothing is sent)
     * @throws SchemaMismatchException if the stored item does not fit the record
     */
    public Optional<T> load(K key) {
        return executor.run(operations.load(key));
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
        return executor.run(operations.loadOrThrow(key));
    }

    /**
     * Writes an item (PutItem), replacing any item with the same key.
     *
     * <pre>{@code orders.save(new Order("c-1", "o-9", 2));}</pre>
     *
     * @param item the record
     * @throws IllegalArgumentException if a key component is null or empty, or a value cannot be
     *     stored; nothing is sent
     */
    public void save(T item) {
        executor.run(operations.save(item));
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
        return executor.run(operations.delete(key));
    }

    /**
     * Writes an item only if the stored item (if any) meets the condition, for example only if
     * there is none yet: {@code orders.save(order, Order_.orderId.notExists())}.
     *
     * @param item the record
     * @param condition the condition; {@link Condition#withMessage} sets the rejection message
     * @throws ConditionFailedException if the condition does not hold; nothing is written
     */
    public void save(T item, Condition<T> condition) {
        executor.run(operations.save(item, Objects.requireNonNull(condition, "condition")));
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
        return executor.run(operations.delete(key, Objects.requireNonNull(condition, "condition")));
    }

    /**
     * Changes some attributes of an item atomically (UpdateItem) and returns the item as it is
     * afterwards. Like DynamoDB, an update of a missing item creates it (with the key and the
     * attributes set); use {@link #updateExisting} to refuse that.
     *
     * <pre>{@code Order o = orders.update(key, Update.of(Order_.status.set(SHIPPED), Order_.quantity.increment(-1)));}</pre>
     *
     * @param key the key
     * @param update the changes
     * @return the item after the update
     * @throws IllegalArgumentException if the update changes a key attribute
     */
    public T update(K key, Update<T> update) {
        return executor.run(operations.update(key, update, null, false));
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
        return executor.run(operations.update(key, update, Objects.requireNonNull(condition, "condition"), false));
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
        return executor.run(operations.update(key, update, null, true));
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
        return executor.run(operations.update(key, update, Objects.requireNonNull(condition, "condition"), true));
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
            return new UpdateResult<>(false, null, e.reason(), UpdateResult.CONDITIONAL_CHECK_FAILED);
        }
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
        AttributeValue value = Keys.convert(schema().metadata().recordName(), schema().metadata().partitionKey().name(),
                this.partitionKey.converter(), partitionKey);
        return new Query<>(operations, reads, KeyConditions.forTable(schema().metadata(), tableName(), value));
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
        Objects.requireNonNull(index, "index");
        AttributeValue value = Keys.convert(schema().metadata().recordName(),
                index.partitionKey().attributePath().topName(), index.partitionKey().converter(), partitionKey);
        return new Query<>(operations, reads,
                KeyConditions.forIndex(schema().metadata(), tableName(), index.name(), value));
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

    /**
     * Starts a scan of the whole table.
     *
     * @return the scan, to refine and run
     */
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
     * DescribeTable, which DynamoDB refreshes about every six hours. Free, but approximate.
     *
     * @return the approximate number of items
     */
    public long approximateCount() {
        Long count = executor.run(operations.describeTable()).itemCount();
        return count == null ? 0 : count;
    }

    /**
     * Creates the table from the schema: its keys, every index (projecting all attributes), and
     * on-demand billing; returns once the table is active. For development and tests.
     *
     * @throws software.amazon.awssdk.services.dynamodb.model.ResourceInUseException if it exists
     */
    public void createTable() {
        executor.run(operations.createTable());
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(executor.client())
                .overrideConfiguration(TableWaits.ACTIVE).build()) {
            waiter.waitUntilTableExists(b -> b.tableName(operations.tableName()));
        }
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
