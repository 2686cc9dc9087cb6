package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.expression.KeyConditions;
import io.genericrepo.internal.read.PagedReads;
import io.genericrepo.internal.table.TableOperations;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.async.SdkPublisher;

/**
 * The async twin of {@link Query}: the same definition, with terminals that do not block.
 *
 * <pre>{@code
 * orders.query("c-1").filter(Order_.status.eq(PAID)).stream().subscribe(order -> ship(order));
 * CompletableFuture<List<Order>> all = orders.query("c-1").list();
 * }</pre>
 *
 * @param <T> the record
 */
public final class AsyncQuery<T> extends AbstractQuery<T, AsyncQuery<T>> {

    private final ReadTerminals<T> run;
    private final Runner runner;
    private final PagedReads reads;

    AsyncQuery(TableOperations<T, ?> operations, Runner runner, PagedReads reads, KeyConditions keys) {
        super(operations, keys);
        this.run = ReadTerminals.async(operations, runner, reads, this::skipsUnknownTypes);
        this.runner = runner;
        this.reads = reads;
    }

    /**
     * Narrows a query of a single-table hierarchy to one entity, filtered on its type tag by
     * DynamoDB; see {@link Query#only}.
     *
     * @param type one of the hierarchy's entity records
     * @param <E> the record
     * @return a query of that entity only
     * @throws IllegalArgumentException if this is not a query of a hierarchy, or the type is none of its entities
     */
    public <E extends T> AsyncQuery<E> only(Class<E> type) {
        return narrow(new AsyncQuery<>(entityOperations(type, "query"), runner, reads, keys()));
    }

    @Override
    AsyncQuery<T> self() {
        return this;
    }

    /** @return the matching items as a Reactive Streams publisher; pages are read as demand arrives */
    public SdkPublisher<T> stream() {
        return run.publisher(List.of(spec()), spec().limit());
    }

    /** @return all matching items (up to the limit) */
    public CompletableFuture<List<T>> list() {
        return run.listAsync(spec());
    }

    /** @return the first matching item; reads no further than the page it is on */
    public CompletableFuture<Optional<T>> first() {
        return run.firstAsync(spec(1));
    }

    /**
     * Counts without reading items. Of a single-table hierarchy (not narrowed by {@code only}), items
     * whose type tag no entity has are counted too: DynamoDB counts them, nothing reads their tag.
     *
     * @return how many items match, counted by DynamoDB across pages (Select COUNT)
     */
    public CompletableFuture<Long> count() {
        return run.count(spec());
    }

    /**
     * @param cursor the previous page's cursor, or null for the first page
     * @return up to {@code limit} items and the next cursor
     * @throws IllegalArgumentException at once if the cursor comes from another query
     */
    public CompletableFuture<Page<T>> page(String cursor) {
        return run.page(spec(), cursor);
    }
}
