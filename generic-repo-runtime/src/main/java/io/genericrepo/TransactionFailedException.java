package io.genericrepo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DynamoDB cancelled a transaction: nothing of it was written. Unlike the SDK's
 * {@code TransactionCanceledException}, whose reasons the caller must match to the requests by
 * position, this exception lists the actions that failed in the caller's own terms: which action
 * (its index, in the order added, from 0), the table, the key, why ({@link Reason}), the rejection
 * message of the condition ({@link Condition#withMessage}) and the item as it is stored now, read
 * into its record.
 *
 * <pre>{@code
 * try {
 *     Transaction.write()
 *             .update(accounts, "a-1", Update.of(Account_.balance.add(-50)),
 *                     Account_.balance.ge(50).withMessage("insufficient funds"))
 *             .update(accounts, "a-2", Update.of(Account_.balance.add(50)))
 *             .commit();
 * } catch (TransactionFailedException e) {
 *     for (TransactionFailedException.Failure f : e.failures()) {
 *         log.info("action {} on {}[{}]: {} {}", f.index(), f.tableName(), f.key(), f.reason(), f.rejectionMessage());
 *         Optional<Account> now = f.currentItem(Account.class);
 *     }
 * }
 * }</pre>
 *
 * The message reads, for example:
 * <pre>
 * transaction of 2 actions cancelled: action 0 (update of accounts[id=a-1]) CONDITION_FAILED: insufficient funds
 * </pre>
 */
public class TransactionFailedException extends GenericRepoException {

    private static final long serialVersionUID = 1L;

    /** Why DynamoDB cancelled an action, from its cancellation reason code. */
    public enum Reason {
        /** The action's own condition (or the item's existence) did not hold: {@code ConditionalCheckFailed}. */
        CONDITION_FAILED,
        /**
         * A {@code @Version}ed item's stored version is not the one the write expected: someone else
         * wrote it in between ({@code ConditionalCheckFailed} on the version condition).
         */
        STALE_VERSION,
        /** Another transaction or write was working on the item: {@code TransactionConflict}; retrying may succeed. */
        CONFLICT,
        /** DynamoDB refused the action's values, for example an addition to a string: {@code ValidationError}. */
        VALIDATION_ERROR,
        /** {@code ProvisionedThroughputExceeded} or {@code ThrottlingError}. */
        THROTTLED,
        /** {@code ItemCollectionSizeLimitExceeded}: the partition of a table with a local index is full. */
        ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED,
        /** A code this version does not know; see {@link Failure#code()}. */
        OTHER
    }

    /** One failed action of a cancelled transaction. */
    public static final class Failure {
        private final int index;
        private final String operation;
        private final String tableName;
        private final String key;
        private final Reason reason;
        private final String code;
        private final String rejectionMessage;
        private final Object currentItem;
        private final Long expectedVersion;
        private final Long actualVersion;

        /**
         * Made by the runtime.
         *
         * @param index the action's index, in the order added, from 0
         * @param operation {@code save}, {@code update}, {@code delete}, {@code check} or {@code get}
         * @param tableName the table
         * @param key the key, as {@code name=value} pairs
         * @param reason why
         * @param code DynamoDB's cancellation reason code
         * @param rejectionMessage the condition's message, or the stale-version text, or DynamoDB's message
         * @param currentItem the item as stored now, read into its record, or null when there is none
         *     (or DynamoDB did not return it)
         * @param expectedVersion the version the action expected, or null when it checked none
         * @param actualVersion the stored version, or null when there is no stored item or no check
         */
        public Failure(int index, String operation, String tableName, String key, Reason reason, String code,
                String rejectionMessage, Object currentItem, Long expectedVersion, Long actualVersion) {
            this.index = index;
            this.operation = operation;
            this.tableName = tableName;
            this.key = key;
            this.reason = Objects.requireNonNull(reason, "reason");
            this.code = code;
            this.rejectionMessage = rejectionMessage;
            this.currentItem = currentItem;
            this.expectedVersion = expectedVersion;
            this.actualVersion = actualVersion;
        }

        /** @return the action's index, in the order the actions were added, from 0 */
        public int index() {
            return index;
        }

        /** @return {@code save}, {@code update}, {@code delete}, {@code check} or {@code get} */
        public String operation() {
            return operation;
        }

        /** @return the table */
        public String tableName() {
            return tableName;
        }

        /** @return the key, as {@code name=value} pairs: {@code customerId=c-1, orderId=o-9} */
        public String key() {
            return key;
        }

        /** @return why the action failed */
        public Reason reason() {
            return reason;
        }

        /** @return DynamoDB's cancellation reason code, such as {@code ConditionalCheckFailed} */
        public String code() {
            return code;
        }

        /**
         * @return for a failed condition, its message ({@link Condition#withMessage}) or, without one,
         *     DynamoDB's; for a stale version, {@code stale version: expected 3, found 4}; otherwise
         *     DynamoDB's message
         */
        public String rejectionMessage() {
            return rejectionMessage;
        }

        /**
         * The item as it was stored when DynamoDB cancelled the transaction (DynamoDB returns it for
         * a failed condition), so that the caller can decide what to do without reading it again.
         *
         * <pre>{@code Optional<Order> now = failure.currentItem(Order.class);}</pre>
         *
         * @param type the record of the action's table
         * @param <T> its type
         * @return the item, or empty when there is none
         * @throws ClassCastException if the action's table holds another record
         */
        public <T> Optional<T> currentItem(Class<T> type) {
            return Optional.ofNullable(currentItem).map(type::cast);
        }

        /** @return the item as it was stored, untyped, or empty; see {@link #currentItem(Class)} */
        public Optional<Object> currentItem() {
            return Optional.ofNullable(currentItem);
        }

        /** @return the version the action expected (0 for a new item), or null when it checked none */
        public Long expectedVersion() {
            return expectedVersion;
        }

        /** @return the stored version, or null when there is no stored item or the action checked none */
        public Long actualVersion() {
            return actualVersion;
        }

        @Override
        public String toString() {
            return "action " + index + " (" + operation + " of " + tableName + "[" + key + "]) " + reason
                    + (rejectionMessage == null ? "" : ": " + rejectionMessage);
        }
    }

    private final int actionCount;
    private final transient List<Failure> failures;
    private final String clientRequestToken;
    private final int attempts;

    /**
     * Made by the runtime.
     *
     * @param kind {@code transaction} or {@code read transaction}
     * @param actionCount how many actions the transaction had
     * @param failures the failed actions, in action order
     * @param clientRequestToken the token the commit used, or null for a read
     * @param attempts how many times it was sent (more than 1 after conflict retries)
     * @param cause DynamoDB's exception
     */
    public TransactionFailedException(String kind, int actionCount, List<Failure> failures, String clientRequestToken,
            int attempts, Throwable cause) {
        super(message(kind, actionCount, failures, attempts, cause), cause);
        this.actionCount = actionCount;
        this.failures = List.copyOf(failures);
        this.clientRequestToken = clientRequestToken;
        this.attempts = attempts;
    }

    private static String message(String kind, int actionCount, List<Failure> failures, int attempts, Throwable cause) {
        String head = kind + " of " + actionCount + (actionCount == 1 ? " action" : " actions") + " cancelled"
                + (attempts > 1 ? " after " + attempts + " attempts" : "");
        if (failures.isEmpty()) {
            return head + ": " + (cause == null ? "no reason given" : cause.getMessage());
        }
        return head + ": " + failures.stream().map(Failure::toString).collect(Collectors.joining("; "));
    }

    /** @return the failed actions, in action order; the other actions failed only because these did */
    public List<Failure> failures() {
        return failures;
    }

    /**
     * @param index an action's index
     * @return its failure, or empty if it did not fail by itself
     */
    public Optional<Failure> failure(int index) {
        return failures.stream().filter(f -> f.index() == index).findFirst();
    }

    /** @return how many actions the transaction had */
    public int actionCount() {
        return actionCount;
    }

    /** @return true if every failed action failed by a conflict with another writer, so that a retry may succeed */
    public boolean conflictOnly() {
        return !failures.isEmpty() && failures.stream().allMatch(f -> f.reason() == Reason.CONFLICT);
    }

    /** @return the client request token the commit was sent with, or null for a read transaction */
    public String clientRequestToken() {
        return clientRequestToken;
    }

    /** @return how many times the transaction was sent */
    public int attempts() {
        return attempts;
    }
}
