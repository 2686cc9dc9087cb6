package io.genericrepo;

/**
 * A conditional write was rejected because its condition did not hold. The message names the
 * operation, the table and the key, and gives the rejection message of the condition
 * ({@link Condition#withMessage}) or, without one, what DynamoDB said:
 *
 * <pre>{@code
 * ConditionFailedException: update of orders[customerId=c-1, orderId=o-9] rejected: Order must be pending
 * }</pre>
 */
public class ConditionFailedException extends GenericRepoException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String tableName;
    private final String key;
    private final String reason;

    /**
     * @param operation {@code save}, {@code update} or {@code delete}
     * @param tableName the table
     * @param key the key, as {@code name=value} pairs
     * @param reason the rejection message
     * @param cause DynamoDB's exception
     */
    public ConditionFailedException(String operation, String tableName, String key, String reason, Throwable cause) {
        super(operation + " of " + tableName + "[" + key + "] rejected: " + reason, cause);
        this.operation = operation;
        this.tableName = tableName;
        this.key = key;
        this.reason = reason;
    }

    /** @return {@code save}, {@code update} or {@code delete} */
    public String operation() {
        return operation;
    }

    /** @return the table */
    public String tableName() {
        return tableName;
    }

    /** @return the key, as {@code name=value} pairs */
    public String key() {
        return key;
    }

    /**
     * The same text as {@link UpdateResult#rejectionMessage()} gives for {@code tryUpdate}.
     *
     * @return the rejection message: the condition's ({@link Condition#withMessage}), or DynamoDB's
     */
    public String rejectionMessage() {
        return reason;
    }

    /**
     * @return the rejection message
     * @deprecated use {@link #rejectionMessage()}: {@link UpdateResult#reason()} is a reason code,
     *     and this accessor, which returns the message, would disagree with it
     */
    @Deprecated
    public String reason() {
        return reason;
    }
}
