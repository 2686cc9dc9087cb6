package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.transaction.TransactReads;
import java.util.Objects;

/**
 * A read transaction over repositories (TransactGetItems): up to 100 items of any tables of
 * one client, read in one consistent snapshot: no write committed in between shows in some of
 * them and not in others. Items whose TTL has passed are left out, as {@code load} does.
 *
 * <pre>{@code
 * TransactionResult snapshot = Transaction.read()
 *         .get(orders, new OrderKey("c-1", "o-9"))
 *         .get(customers, "c-1")
 *         .load();
 * Optional<Order> order = snapshot.find(orders, new OrderKey("c-1", "o-9"));
 * Customer customer = snapshot.item(customers, "c-1");
 * }</pre>
 */
public final class ReadTransaction {

    private final TransactReads reads = new TransactReads();
    private Runner runner;

    ReadTransaction() {}

    /**
     * Adds an item to read.
     *
     * @param table the item's repository
     * @param key the key
     * @param <T> the record
     * @param <K> its key
     * @return this
     * @throws IllegalArgumentException if the key is invalid, names a 101st item (a key asked
     *     for again is read once, and not counted again), or the repository has another client
     *     than the others
     */
    public <T, K> ReadTransaction get(Repository<T, K, ?> table, K key) {
        Objects.requireNonNull(table, "table");
        reads.get(table.operations(), table.executor().client(), key);
        if (runner == null) {
            runner = table.executor();
        }
        return this;
    }

    /**
     * Reads the items (TransactGetItems).
     *
     * @return the items, to look up with {@link TransactionResult#find} by repository and key
     * @throws TransactionFailedException if DynamoDB cancelled the read (a conflict with a
     *     transaction writing one of the items), naming each failed get
     * @throws IllegalStateException if there is no get
     */
    public TransactionResult load() {
        return Runner.join(reads.load(runnerOrFail()));
    }

    private Runner runnerOrFail() {
        if (runner == null) {
            throw new IllegalStateException("A read transaction needs at least one get");
        }
        return runner;
    }
}
