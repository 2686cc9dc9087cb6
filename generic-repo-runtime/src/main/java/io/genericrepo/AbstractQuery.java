package io.genericrepo;

import io.genericrepo.internal.KeyConditions;
import io.genericrepo.internal.ReadSpec;
import io.genericrepo.internal.TableOperations;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Query} and {@link AsyncQuery} share: the query's definition. The terminals that run
 * it are theirs.
 *
 * @param <T> the record
 * @param <Q> the query type, for fluent calls
 */
public abstract class AbstractQuery<T, Q extends AbstractQuery<T, Q>> {

    private final TableOperations<T, ?> operations;
    private final KeyConditions keys;
    private Condition<T> sortKey;
    private Condition<T> filter;
    private boolean descending;
    private Integer limit;
    private boolean consistentRead;
    private final List<AttributePath> projection = new ArrayList<>();

    AbstractQuery(TableOperations<T, ?> operations, KeyConditions keys) {
        this.operations = operations;
        this.keys = keys;
    }

    abstract Q self();

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

    /**
     * Keeps only matching items; filters are applied by DynamoDB after reading, so they save
     * transfer, not read capacity. Several calls combine with AND.
     *
     * @param condition the filter
     * @return this query
     */
    public Q filter(Condition<T> condition) {
        Objects.requireNonNull(condition, "filter");
        this.filter = filter == null ? condition : filter.and(condition);
        return self();
    }

    /** @return this query, reading in descending sort-key order */
    public Q descending() {
        this.descending = true;
        return self();
    }

    /**
     * @param maxItems the most items to return in all (for {@code page}, per page)
     * @return this query
     */
    public Q limit(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("limit(" + maxItems + ") must be at least 1");
        }
        this.limit = maxItems;
        return self();
    }

    /**
     * @return this query, with strongly consistent reads (not on a global secondary index)
     * @throws IllegalArgumentException on a global secondary index, which DynamoDB reads eventually consistently only
     */
    public Q consistentRead() {
        keys.checkConsistentRead();
        this.consistentRead = true;
        return self();
    }

    /**
     * Reads only these attributes (and the keys, so that cursors work); the others load as null,
     * primitives as their default.
     *
     * @param paths the attributes
     * @return this query
     */
    @SafeVarargs
    public final Q project(Path<T>... paths) {
        for (Path<T> p : paths) {
            projection.add(p.attributePath());
        }
        return self();
    }

    TableOperations<T, ?> operations() {
        return operations;
    }

    ReadSpec spec() {
        return keys.spec(sortKey, filter, operations.notExpired(), descending, limit, consistentRead, projection);
    }

    ReadSpec spec(int overrideLimit) {
        return keys.spec(sortKey, filter, operations.notExpired(), descending, overrideLimit, consistentRead, projection);
    }
}
