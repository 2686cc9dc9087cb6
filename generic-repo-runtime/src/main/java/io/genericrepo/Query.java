package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.expression.KeyConditions;
import io.genericrepo.internal.read.SyncReads;
import io.genericrepo.internal.table.TableOperations;
import java.util.List;
import java.util.Optional;
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
public final class Query<T> extends AbstractQuery<T, Query<T>> {

    private final ReadTerminals<T> run;
    private final SyncReads reads;

    Query(TableOperations<T, ?> operations, SyncReads reads, KeyConditions keys) {
        super(operations, keys);
        this.run = ReadTerminals.sync(operations, reads, this::skipsUnknownTypes);
        this.reads = reads;
    }

    /**
     * Narrows a query of a single-table hierarchy to one entity: DynamoDB returns only items with
     * its type tag (a filter on the type attribute), read as that record. The sort-key condition,
     * filter and other settings so far are kept; filters on the entity's own metamodel can follow.
     *
     * <pre>{@code List<Order> orders = shop.query("CUSTOMER#c-1").only(Order.class).filter(Order_.total.gt(TEN)).list();}</pre>
     *
     * @param type one of the hierarchy's entity records
     * @param <E> the record
     * @return a query of that entity only
     * @throws IllegalArgumentException if this is not a query of a hierarchy, or the type is none of its entities
     */
    public <E extends T> Query<E> only(Class<E> type) {
        return narrow(new Query<>(entityOperations(type, "query"), reads, keys()));
    }

    @Override
    Query<T> self() {
        return this;
    }

    /** @return the matching items, read lazily page by page; close it if you stop early */
    public Stream<T> stream() {
        return run.stream(spec());
    }

    /** @return all matching items (up to the limit) */
    public List<T> list() {
        return run.list(spec());
    }

    /** @return the first matching item; reads no further than the page it is on */
    public Optional<T> first() {
        return run.first(spec(1));
    }

    /**
     * Counts without reading items. Of a single-table hierarchy (not narrowed by {@code only}), items
     * whose type tag no entity has are counted too: DynamoDB counts them, nothing reads their tag.
     *
     * @return how many items match, counted by DynamoDB across pages (Select COUNT)
     */
    public long count() {
        return Runner.join(run.count(spec()));
    }

    /**
     * @param cursor the previous page's {@link Page#cursor()}, or null for the first page
     * @return up to {@code limit} items (one DynamoDB page without a limit) and the next cursor
     * @throws IllegalArgumentException if the cursor comes from another query
     */
    public Page<T> page(String cursor) {
        return Runner.join(run.page(spec(), cursor));
    }
}
