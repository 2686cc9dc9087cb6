package io.genericrepo;

import io.genericrepo.internal.KeyConditions;
import io.genericrepo.internal.ReadSpec;
import io.genericrepo.internal.SyncReads;
import io.genericrepo.internal.TableOperations;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A query of one partition of the table or of an index: an optional sort-key condition, an
 * optional filter, then a terminal that runs it. Pages are read only as far as the terminal needs.
 *
 * <pre>{@code
 * List<Order> open = orders.query("c-1")
 *         .sortKey(Order_.orderId.beginsWith("2026-"))
 *         .filter(Order_.status.in(PENDING, PAID))
 *         .descending().limit(50)
 *         .list();
 * }</pre>
 *
 * @param <T> the record
 */
public final class Query<T> {

    private final TableOperations<T, ?> operations;
    private final SyncReads reads;
    private final KeyConditions keys;
    private Condition<T> sortKey;
    private Condition<T> filter;
    private boolean descending;
    private Integer limit;
    private boolean consistentRead;
    private final List<AttributePath> projection = new ArrayList<>();

    Query(TableOperations<T, ?> operations, SyncReads reads, KeyConditions keys) {
        this.operations = operations;
        this.reads = reads;
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
    public Query<T> sortKey(Condition<T> condition) {
        this.sortKey = keys.checkSortKey(condition);
        return this;
    }

    /**
     * Keeps only matching items; filters are applied by DynamoDB after reading, so they save
     * transfer, not read capacity. Several calls combine with AND.
     *
     * @param condition the filter
     * @return this query
     */
    public Query<T> filter(Condition<T> condition) {
        Objects.requireNonNull(condition, "filter");
        this.filter = filter == null ? condition : filter.and(condition);
        return this;
    }

    /** @return this query, reading in descending sort-key order */
    public Query<T> descending() {
        this.descending = true;
        return this;
    }

    /**
     * @param maxItems the most items to return in all (for {@link #page}, per page)
     * @return this query
     */
    public Query<T> limit(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("limit(" + maxItems + ") must be at least 1");
        }
        this.limit = maxItems;
        return this;
    }

    /**
     * @return this query, with strongly consistent reads (not on a global secondary index)
     * @throws IllegalArgumentException on a global secondary index, which DynamoDB reads eventually consistently only
     */
    public Query<T> consistentRead() {
        keys.checkConsistentRead();
        this.consistentRead = true;
        return this;
    }

    /**
     * Reads only these attributes (and the keys, so that cursors work); the others load as null,
     * primitives as their default.
     *
     * @param paths the attributes
     * @return this query
     */
    @SafeVarargs
    public final Query<T> project(Path<T>... paths) {
        for (Path<T> p : paths) {
            projection.add(p.attributePath());
        }
        return this;
    }

    /** @return the matching items, read lazily page by page; close it if you stop early */
    public Stream<T> stream() {
        return reads.stream(spec()).map(operations::read);
    }

    /** @return all matching items (up to the limit) */
    public List<T> list() {
        try (Stream<T> s = stream()) {
            return s.collect(Collectors.toList());
        }
    }

    /** @return the first matching item; reads no further than the page it is on */
    public Optional<T> first() {
        Integer saved = limit;
        limit = 1;
        try (Stream<T> s = stream()) {
            return s.findFirst();
        } finally {
            limit = saved;
        }
    }

    /** @return how many items match, counted by DynamoDB across pages (Select COUNT) */
    public long count() {
        return reads.count(spec());
    }

    /**
     * @param cursor the previous page's {@link Page#cursor()}, or null for the first page
     * @return up to {@code limit} items (one DynamoDB page without a limit) and the next cursor
     * @throws IllegalArgumentException if the cursor comes from another query
     */
    public Page<T> page(String cursor) {
        SyncReads.Result result = reads.page(spec(), cursor);
        return new Page<>(result.items().stream().map(operations::read).toList(), result.cursor());
    }

    ReadSpec spec() {
        return keys.spec(sortKey, filter, descending, limit, consistentRead, projection);
    }
}
