package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.read.SyncReads;
import io.genericrepo.internal.table.TableOperations;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A scan of the whole table, optionally filtered and split into segments read in parallel (on at
 * most {@code maxConcurrency} threads). The stream reads one page at a time (per segment), so
 * scanning a large table holds little memory; close the stream if you stop early.
 *
 * <pre>{@code
 * try (Stream<Order> oslo = orders.scan().filter(Order_.shipTo.city.eq("Oslo")).parallel(4).stream()) {
 *     oslo.forEach(this::ship);
 * }
 * }</pre>
 *
 * @param <T> the record
 */
public final class Scan<T> extends AbstractScan<T, Scan<T>> {

    private final ReadTerminals<T> run;
    private final SyncReads reads;

    Scan(TableOperations<T, ?> operations, SyncReads reads) {
        super(operations);
        this.run = ReadTerminals.sync(operations, reads, this::skipsUnknownTypes);
        this.reads = reads;
    }

    /**
     * Narrows a scan of a single-table hierarchy to one entity: DynamoDB returns only items with
     * its type tag (a filter on the type attribute, combined with the filter so far), read as that
     * record. The filter, limit, segments and other settings so far are kept; filters on the
     * entity's own metamodel can follow, and {@link #count()} counts that entity's items only.
     *
     * <pre>{@code long pending = shop.scan().only(Order.class).filter(Order_.status.eq(PENDING)).parallel(4).count();}</pre>
     *
     * @param type one of the hierarchy's entity records
     * @param <E> the record
     * @return a scan of that entity only
     * @throws IllegalArgumentException if this is not a scan of a hierarchy, or the type is none of its entities
     */
    public <E extends T> Scan<E> only(Class<E> type) {
        return narrow(new Scan<>(entityOperations(type, "scan"), reads));
    }

    @Override
    Scan<T> self() {
        return this;
    }

    /** @return the matching items, read lazily; close it if you stop early */
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
     * @return how many items match, counted by DynamoDB (Select COUNT) across pages and segments
     */
    public long count() {
        return Runner.join(run.count(spec()));
    }

    /**
     * @param cursor the previous page's cursor, or null for the first page
     * @return up to {@code limit} items (one DynamoDB page without a limit) and the next cursor
     */
    public Page<T> page(String cursor) {
        return Runner.join(run.page(spec(), cursor));
    }
}
