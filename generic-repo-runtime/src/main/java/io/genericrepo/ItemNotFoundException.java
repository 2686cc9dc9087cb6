package io.genericrepo;

/**
 * Thrown by {@code loadOrThrow} when no item has the key asked for.
 *
 * <pre>{@code
 * try {
 *     Order order = orders.loadOrThrow("c-1", "o-9");
 * } catch (ItemNotFoundException e) {
 *     // e.getMessage(): "Key not found in table orders: customerId=c-1, orderId=o-9"
 * }
 * }</pre>
 */
public class ItemNotFoundException extends GenericRepoException {

    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final String key;

    /**
     * Creates the exception for a key that matched no item.
     *
     * @param tableName the table that was read
     * @param key the key, as {@code name=value} pairs
     */
    public ItemNotFoundException(String tableName, String key) {
        super("Key not found in table " + tableName + ": " + key);
        this.tableName = tableName;
        this.key = key;
    }

    /** @return the table that was read */
    public String tableName() {
        return tableName;
    }

    /** @return the key that matched no item, as {@code name=value} pairs */
    public String key() {
        return key;
    }
}
