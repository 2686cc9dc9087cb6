package io.genericrepo;

import io.genericrepo.internal.SyncExecutor;
import io.genericrepo.internal.TableDefinitions;
import io.genericrepo.internal.TableOperations;
import io.genericrepo.internal.TableWaits;
import java.util.Optional;
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
 */
public abstract class Repository<T, K> implements AutoCloseable {

    private final TableOperations<T, K> operations;
    private final SyncExecutor executor;

    /**
     * For generated repositories.
     *
     * @param schema the generated schema
     * @param builder the builder's settings
     */
    protected Repository(TableSchema<T, K> schema, RepositoryBuilder<?, ?> builder) {
        this.operations = new TableOperations<>(schema, builder.tableNameOr(schema.metadata().tableName()));
        this.executor = builder.syncExecutor();
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
