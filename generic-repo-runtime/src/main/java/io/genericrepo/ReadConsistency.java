package io.genericrepo;

/**
 * How up to date a read must be. DynamoDB reads are eventually consistent by default: a read
 * right after a write may not see it. A strongly consistent read does, at twice the read cost; it
 * is not available on global secondary indexes.
 *
 * <pre>{@code Optional<Order> fresh = orders.load(new OrderKey("c-1", "o-9"), ReadConsistency.STRONG);}</pre>
 */
public enum ReadConsistency {
    /** DynamoDB's default: may miss writes of the last second or so; half the cost. */
    EVENTUAL,
    /** Sees every write that succeeded before the read began. */
    STRONG
}
