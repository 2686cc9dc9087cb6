package io.genericrepo;

/**
 * A write of a {@code @Version}ed item was rejected because the stored item has another version
 * than the one the caller read: someone else changed it in between. Read it again, reapply the
 * change, and write again.
 *
 * <pre>{@code
 * ConditionFailedException: save of orders[customerId=c-1, orderId=o-1] rejected:
 *     stale version: expected 3, found 4
 * }</pre>
 */
public class OptimisticLockException extends ConditionFailedException {

    private static final long serialVersionUID = 1L;

    private final long expectedVersion;
    private final Long actualVersion;

    /**
     * @param operation {@code save}, {@code update} or {@code delete}
     * @param tableName the table
     * @param key the key, as {@code name=value} pairs
     * @param expectedVersion the version the caller read (0 for an item not saved before)
     * @param actualVersion the stored version, or null when there is no stored item
     * @param cause DynamoDB's exception
     */
    public OptimisticLockException(String operation, String tableName, String key, long expectedVersion,
            Long actualVersion, Throwable cause) {
        super(operation, tableName, key, reason(expectedVersion, actualVersion), cause);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    private static String reason(long expected, Long actual) {
        if (expected == 0) {
            return "stale version: expected an item without a version (a new one), found version " + actual;
        }
        return "stale version: expected " + expected + ", found " + (actual == null ? "no item" : actual.toString());
    }

    /** @return the version the caller read (0 for a new item) */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the stored version, or null when there is no stored item */
    public Long actualVersion() {
        return actualVersion;
    }
}
