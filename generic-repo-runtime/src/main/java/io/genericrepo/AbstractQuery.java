package io.genericrepo;

import io.genericrepo.internal.expression.KeyConditions;
import io.genericrepo.internal.read.ReadSpec;
import io.genericrepo.internal.table.TableOperations;

/**
 * What {@link Query} and {@link AsyncQuery} share: the query's definition. The terminals that run
 * it are theirs.
 *
 * @param <T> the record
 * @param <Q> the query type, for fluent calls
 */
public abstract class AbstractQuery<T, Q extends AbstractQuery<T, Q>> extends AbstractRead<T, Q> {

    private final KeyConditions keys;
    private Condition<T> sortKey;
    private boolean descending;

    AbstractQuery(TableOperations<T, ?> operations, KeyConditions keys) {
        super(operations);
        this.keys = keys;
    }

    /**
     * Narrows the partition by its sort key: {@code eq}, {@code lt}, {@code le}, {@code gt},
     * {@code ge}, {@code between} or {@code beginsWith} on the table's (or index's) sort key.
     *
     * @param condition a condition on the sort key
     * @return this query
     * @throws IllegalArgumentException if it is not such a condition, naming what was found
     */
    public Q sortKey(Condition<T> condition) {
        this.sortKey = keys.checkSortKey(condition);
        return self();
    }

    /** @return this query, reading in descending sort-key order */
    public Q descending() {
        this.descending = true;
        return self();
    }

    /**
     * @return this query, with strongly consistent reads (not on a global secondary index)
     * @throws IllegalArgumentException on a global secondary index, which DynamoDB reads eventually consistently only
     */
    @Override
    public Q consistentRead() {
        keys.checkConsistentRead();
        return super.consistentRead();
    }

    /** Copies this query's definition onto the same query of one entity ({@code only(Order.class)}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <E, O extends AbstractQuery<E, O>> O narrow(O other) {
        copyTo(other);
        AbstractQuery raw = other;
        raw.sortKey = sortKey;
        raw.descending = descending;
        return other;
    }

    KeyConditions keys() {
        return keys;
    }

    ReadSpec spec() {
        return spec(limit());
    }

    ReadSpec spec(Integer overrideLimit) {
        return keys.spec(sortKey, readFilter(), operations().rules().notExpired(), descending, overrideLimit, isConsistentRead(),
                projection());
    }
}
