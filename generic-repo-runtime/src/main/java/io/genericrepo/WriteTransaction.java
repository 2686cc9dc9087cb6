package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.transaction.TransactWrites;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * A write transaction over repositories (TransactWriteItems): puts, updates, deletes and
 * condition checks on items of any tables of one client, applied all or none. Built with the same
 * typed conditions and updates as single writes, under the same rules: a {@code @Version}ed put or
 * delete checks the version and a put or update stores the next one; a null {@code @Ttl} is
 * filled; keys, values and DynamoDB's limits (100 actions, 4 MB, 400 KB per item, one action per
 * item) are checked as each action is added, so a bad transaction fails with nothing sent.
 *
 * <pre>{@code
 * TransactionResult done = Transaction.write()
 *         .put(orders, order, Order_.orderId.notExists())
 *         .update(customers, "c-1", Update.of(Customer_.orderCount.add(1)))
 *         .check(stock, "sku-7", Stock_.count.ge(1).withMessage("out of stock"))
 *         .commit();
 * }</pre>
 *
 * <p><b>Idempotency.</b> A client request token is chosen when the transaction is created (or set
 * with {@link #clientRequestToken}), and every {@link #commit} of this object sends it: committing
 * again after a timeout does not apply the transaction twice, if the retry comes within DynamoDB's
 * 10 minutes of the first commit (after that, the token is forgotten and the transaction applied
 * again). Changing the transaction between two commits with one token gets DynamoDB's
 * {@code IdempotentParameterMismatchException}.
 *
 * <p><b>Conflicts.</b> DynamoDB cancels a transaction that meets another one on an item
 * ({@code TransactionConflict}); {@link #retryOnConflict} resends it, with the same token, when
 * conflicts are the only reason.
 *
 * <p>Not thread-safe: build and commit a transaction on one thread.
 */
public final class WriteTransaction {

    private final TransactWrites writes = new TransactWrites();
    private Runner runner;

    WriteTransaction() {}

    /**
     * Puts an item, replacing any item with its key; a {@code @Version}ed one only over its own
     * version (or none, for version 0), storing the next.
     *
     * <pre>{@code tx.put(orders, order);}</pre>
     *
     * @param table the item's repository
     * @param item the record
     * @param <T> the record
     * @return this
     * @throws IllegalArgumentException if the item cannot be stored, or breaks a transaction limit
     */
    public <T> WriteTransaction put(Repository<T, ?, ?> table, T item) {
        return put(table, item, null);
    }

    /**
     * Puts an item only if the stored item (if any) meets the condition.
     *
     * <pre>{@code tx.put(orders, order, Order_.orderId.notExists().withMessage("order exists"));}</pre>
     *
     * @param table the item's repository
     * @param item the record
     * @param condition the condition, or null; {@link Condition#withMessage} sets the rejection message
     * @param <T> the record
     * @return this
     */
    public <T> WriteTransaction put(Repository<T, ?, ?> table, T item, Condition<T> condition) {
        writes.put(use(table).operations(), table.executor().client(), item, condition);
        return added(table);
    }

    /**
     * Changes some attributes of an item (creating it if there is none, as DynamoDB does); a
     * {@code @Version} is incremented, a null {@code @Ttl} filled.
     *
     * <pre>{@code tx.update(customers, "c-1", Update.of(Customer_.orderCount.add(1)));}</pre>
     *
     * @param table the item's repository
     * @param key the key
     * @param update the changes
     * @param <T> the record
     * @param <K> its key
     * @return this
     */
    public <T, K> WriteTransaction update(Repository<T, K, ?> table, K key, Update<T> update) {
        return update(table, key, update, null);
    }

    /**
     * Changes some attributes of an item only if it meets the condition.
     *
     * <pre>{@code tx.update(accounts, "a-1", Update.of(Account_.balance.add(-50)), Account_.balance.ge(50));}</pre>
     *
     * @param table the item's repository
     * @param key the key
     * @param update the changes
     * @param condition the condition, or null
     * @param <T> the record
     * @param <K> its key
     * @return this
     */
    public <T, K> WriteTransaction update(Repository<T, K, ?> table, K key, Update<T> update, Condition<T> condition) {
        writes.update(use(table).operations(), table.executor().client(), key, update, condition);
        return added(table);
    }

    /**
     * Updates an item the caller read, only if its stored {@code @Version} is still the one read.
     *
     * <pre>{@code tx.updateIfUnchanged(orders, order, Update.of(Order_.status.set(PAID)));}</pre>
     *
     * @param table the item's repository
     * @param current the record as read
     * @param update the changes
     * @param <T> the record
     * @return this
     * @throws IllegalStateException if the record has no {@code @Version}
     */
    public <T> WriteTransaction updateIfUnchanged(Repository<T, ?, ?> table, T current, Update<T> update) {
        writes.updateIfUnchanged(use(table).operations(), table.executor().client(), current, update, null);
        return added(table);
    }

    /**
     * Deletes an item by key (a missing item is not an error).
     *
     * <pre>{@code tx.delete(carts, "c-1");}</pre>
     *
     * @param table the item's repository
     * @param key the key
     * @param <T> the record
     * @param <K> its key
     * @return this
     */
    public <T, K> WriteTransaction delete(Repository<T, K, ?> table, K key) {
        return delete(table, key, null);
    }

    /**
     * Deletes an item only if it meets the condition.
     *
     * <pre>{@code tx.delete(orders, key, Order_.status.eq(CANCELLED));}</pre>
     *
     * @param table the item's repository
     * @param key the key
     * @param condition the condition, or null
     * @param <T> the record
     * @param <K> its key
     * @return this
     */
    public <T, K> WriteTransaction delete(Repository<T, K, ?> table, K key, Condition<T> condition) {
        writes.delete(use(table).operations(), table.executor().client(), key, condition);
        return added(table);
    }

    /**
     * Deletes the item the caller holds; a {@code @Version}ed one only if its stored version is
     * still the item's.
     *
     * <pre>{@code tx.deleteItem(orders, order);}</pre>
     *
     * @param table the item's repository
     * @param item the record as read
     * @param <T> the record
     * @return this
     */
    public <T> WriteTransaction deleteItem(Repository<T, ?, ?> table, T item) {
        writes.deleteItem(use(table).operations(), table.executor().client(), item);
        return added(table);
    }

    /**
     * Requires an item to meet a condition, without writing it: the transaction is cancelled if it
     * does not.
     *
     * <pre>{@code tx.check(stock, "sku-7", Stock_.count.ge(1).withMessage("out of stock"));}</pre>
     *
     * @param table the item's repository
     * @param key the key
     * @param condition the condition
     * @param <T> the record
     * @param <K> its key
     * @return this
     */
    public <T, K> WriteTransaction check(Repository<T, K, ?> table, K key, Condition<T> condition) {
        writes.check(use(table).operations(), table.executor().client(), key, Objects.requireNonNull(condition, "condition"));
        return added(table);
    }

    /**
     * Sets the client request token (1 to 36 characters) instead of the one chosen at creation, for
     * example to carry it over a process restart.
     *
     * <pre>{@code tx.clientRequestToken(transferId.toString());}</pre>
     *
     * @param token the token
     * @return this
     */
    public WriteTransaction clientRequestToken(String token) {
        writes.clientRequestToken(token);
        return this;
    }

    /** @return the client request token every commit of this transaction sends */
    public String clientRequestToken() {
        return writes.clientRequestToken();
    }

    /**
     * Resends the transaction, with the same token, while DynamoDB cancels it only because of
     * conflicts with other writers ({@code TransactionConflict}), waiting as the SDK's strategy says.
     *
     * <pre>{@code tx.retryOnConflict(5, BackoffStrategy.exponentialDelay(Duration.ofMillis(20), Duration.ofSeconds(1)));}</pre>
     *
     * @param maxAttempts sends at most, the first included
     * @param backoff the SDK's backoff strategy
     * @return this
     */
    public WriteTransaction retryOnConflict(int maxAttempts, BackoffStrategy backoff) {
        writes.retryOnConflict(maxAttempts, backoff);
        return this;
    }

    /**
     * Like {@link #retryOnConflict(int, BackoffStrategy)}, with exponential backoff and full jitter
     * from 25 ms up to 1 s.
     *
     * @param maxAttempts sends at most, the first included
     * @return this
     */
    public WriteTransaction retryOnConflict(int maxAttempts) {
        return retryOnConflict(maxAttempts, BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofSeconds(1)));
    }

    /**
     * Sends the transaction (TransactWriteItems).
     *
     * <pre>{@code Order saved = tx.commit().item(orders, new OrderKey("c-1", "o-9"));}</pre>
     *
     * @return each put's item as stored and each update's item as read back right after the commit
     *     (one consistent TransactGetItems; a write by someone else in between would show in it)
     * @throws TransactionFailedException if DynamoDB cancelled it, naming each failed action;
     *     nothing was written
     * @throws IllegalStateException if the transaction has no action
     */
    public TransactionResult commit() {
        return Runner.join(writes.commit(runnerOrFail()));
    }

    private Runner runnerOrFail() {
        if (runner == null) {
            throw new IllegalStateException("A transaction needs at least one action");
        }
        return runner;
    }

    private <R extends Repository<?, ?, ?>> R use(R table) {
        return Objects.requireNonNull(table, "table");
    }

    /** The transaction runs on the client of its first action's repository, once that action is taken. */
    private WriteTransaction added(Repository<?, ?, ?> table) {
        if (runner == null) {
            runner = table.executor();
        }
        return this;
    }
}
