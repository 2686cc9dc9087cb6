package io.genericrepo;

import io.genericrepo.internal.mapping.Keys;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a transaction left, typed, so that the caller can go on without reading again: after a
 * write transaction, each put's item as stored (TTL filled, version incremented) and each
 * update's item as it is after the commit; after a read transaction, each item read. Look an item
 * up by the repository and key the action named:
 *
 * <pre>{@code
 * TransactionResult done = Transaction.write()
 *         .put(orders, order)
 *         .update(customers, "c-1", Update.of(Customer_.orders.add(1)))
 *         .commit();
 * Order saved = done.item(orders, new OrderKey("c-1", "o-9"));        // saved.version() == order.version() + 1
 * Customer customer = done.item(customers, "c-1");
 * }</pre>
 */
public final class TransactionResult {

    /**
     * One action's outcome. Made by the runtime.
     *
     * @param operation {@code save}, {@code update}, {@code delete}, {@code check} or {@code get}
     * @param tableName the table
     * @param key the key attributes, numbers in normal form
     * @param item the item (a record), or null when the action leaves none
     * @param unavailable why an update's item could not be read back after the commit, or null
     */
    public record Entry(String operation, String tableName, Map<String, AttributeValue> key, Object item,
            RuntimeException unavailable) {}

    private final List<Entry> entries;
    private final String clientRequestToken;
    private final int attempts;

    /**
     * Made by the runtime.
     *
     * @param entries one per action, in action order
     * @param clientRequestToken the token the commit used, or null for a read
     * @param attempts how many times the transaction was sent
     */
    public TransactionResult(List<Entry> entries, String clientRequestToken, int attempts) {
        this.entries = List.copyOf(entries);
        this.clientRequestToken = clientRequestToken;
        this.attempts = attempts;
    }

    /**
     * The item a put or update stored, or a get read.
     *
     * <pre>{@code Order saved = result.item(orders, new OrderKey("c-1", "o-9"));}</pre>
     *
     * @param table the repository the action named
     * @param key the key the action named
     * @param <T> the record
     * @param <K> its key
     * @return the item
     * @throws IllegalArgumentException if no action of the transaction named this key
     * @throws ItemNotFoundException if the action leaves no item (a delete, a check, a get that found none)
     * @throws IllegalStateException if an update's item could not be read back after the commit
     */
    public <T, K> T item(Repository<T, K, ?> table, K key) {
        return item(table.operations(), key);
    }

    /**
     * @param table the repository the action named
     * @param key the key the action named
     * @param <T> the record
     * @param <K> its key
     * @return the item; see {@link #item(Repository, Object)}
     */
    public <T, K> T item(AsyncRepository<T, K, ?> table, K key) {
        return item(table.operations(), key);
    }

    /**
     * Like {@link #item(Repository, Object)}, empty where the action leaves no item.
     *
     * <pre>{@code Optional<Customer> c = result.find(customers, "c-1");}</pre>
     *
     * @param table the repository the action named
     * @param key the key the action named
     * @param <T> the record
     * @param <K> its key
     * @return the item, or empty
     * @throws IllegalArgumentException if no action of the transaction named this key
     */
    public <T, K> Optional<T> find(Repository<T, K, ?> table, K key) {
        return find(table.operations(), key);
    }

    /**
     * @param table the repository the action named
     * @param key the key the action named
     * @param <T> the record
     * @param <K> its key
     * @return the item, or empty; see {@link #find(Repository, Object)}
     */
    public <T, K> Optional<T> find(AsyncRepository<T, K, ?> table, K key) {
        return find(table.operations(), key);
    }

    /**
     * @return each action's item in action order (null where it leaves none or could not be read
     *     back), for callers that go by position
     */
    public List<Object> items() {
        List<Object> items = new ArrayList<>(entries.size());
        entries.forEach(e -> items.add(e.item()));
        return Collections.unmodifiableList(items);
    }

    /** @return how many actions the transaction had */
    public int size() {
        return entries.size();
    }

    /** @return the client request token the commit was sent with, or null for a read transaction */
    public String clientRequestToken() {
        return clientRequestToken;
    }

    /** @return how many times the transaction was sent (more than 1 after conflict retries) */
    public int attempts() {
        return attempts;
    }

    private <T, K> T item(TableOperations<T, K> table, K key) {
        Entry entry = entry(table, key);
        return find(table, key).orElseThrow(() -> new ItemNotFoundException(table.tableName(),
                Keys.describe(table.schema().metadata(), entry.key()) + " (" + why(entry) + ")"));
    }

    private static String why(Entry entry) {
        return switch (entry.operation()) {
            case "check" -> "a check reads no item into the result; read it with Transaction.read()";
            case "get" -> "the get of this transaction found no item";
            default -> "the " + entry.operation() + " of this transaction leaves no item";
        };
    }

    private <T, K> Optional<T> find(TableOperations<T, K> table, K key) {
        Entry entry = entry(table, key);
        if (entry.unavailable() != null) {
            throw new IllegalStateException("The transaction was committed, but the item of its update of "
                    + table.tableName() + "[" + Keys.describe(table.schema().metadata(), entry.key())
                    + "] could not be read back: " + entry.unavailable().getMessage(), entry.unavailable());
        }
        @SuppressWarnings("unchecked") // the entry was made by an action on this table, so holds its record
        T item = (T) entry.item();
        return Optional.ofNullable(item);
    }

    private Entry entry(TableOperations<?, ?> table, Object key) {
        @SuppressWarnings("unchecked")
        TableOperations<Object, Object> ops = (TableOperations<Object, Object>) table;
        Map<String, AttributeValue> wanted = Keys.canonical(ops.keyAttributes(key));
        for (Entry e : entries) {
            if (e.tableName().equals(table.tableName()) && e.key().equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No action of this transaction names " + table.tableName() + "["
                + Keys.describe(table.schema().metadata(), wanted) + "]");
    }
}
