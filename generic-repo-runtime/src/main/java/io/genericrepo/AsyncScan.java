package io.genericrepo;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.read.PagedReads;
import io.genericrepo.internal.read.ReadSpec;
import io.genericrepo.internal.table.TableOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.async.SdkPublisher;

/**
 * The async twin of {@link Scan}. {@link #list()} and {@link #count()} read up to
 * {@code maxConcurrency} segments of a parallel scan at once; {@link #stream()} publishes them one
 * after another, a page at a time.
 *
 * @param <T> the record
 */
public final class AsyncScan<T> extends AbstractScan<T, AsyncScan<T>> {

    private final ReadTerminals<T> run;
    private final Runner runner;
    private final PagedReads reads;

    AsyncScan(TableOperations<T, ?> operations, Runner runner, PagedReads reads) {
        super(operations);
        this.run = ReadTerminals.async(operations, runner, reads, this::skipsUnknownTypes);
        this.runner = runner;
        this.reads = reads;
    }

    /**
     * Narrows a scan of a single-table hierarchy to one entity, filtered on its type tag by
     * DynamoDB; see {@link Scan#only}.
     *
     * @param type one of the hierarchy's entity records
     * @param <E> the record
     * @return a scan of that entity only
     * @throws IllegalArgumentException if this is not a scan of a hierarchy, or the type is none of its entities
     */
    public <E extends T> AsyncScan<E> only(Class<E> type) {
        return narrow(new AsyncScan<>(entityOperations(type, "scan"), runner, reads));
    }

    @Override
    AsyncScan<T> self() {
        return this;
    }

    /** @return the matching items as a Reactive Streams publisher; pages are read as demand arrives */
    public SdkPublisher<T> stream() {
        ReadSpec spec = spec();
        List<ReadSpec> parts = new ArrayList<>();
        if (spec.parallel()) {
            for (int i = 0; i < spec.totalSegments(); i++) {
                parts.add(spec.unlimited().segment(i, spec.totalSegments()));
            }
        } else {
            parts.add(spec);
        }
        return run.publisher(parts, spec.limit());
    }

    /** @return all matching items (up to the limit) */
    public CompletableFuture<List<T>> list() {
        return run.listAsync(spec());
    }

    /** @return the first matching item */
    public CompletableFuture<Optional<T>> first() {
        return run.firstAsync(spec(1));
    }

    /**
     * Counts without reading items. Of a single-table hierarchy (not narrowed by {@code only}), items
     * whose type tag no entity has are counted too: DynamoDB counts them, nothing reads their tag.
     *
     * @return how many items match, counted by DynamoDB across pages and segments
     */
    public CompletableFuture<Long> count() {
        return run.count(spec());
    }

    /**
     * @param cursor the previous page's cursor, or null for the first page
     * @return up to {@code limit} items and the next cursor
     */
    public CompletableFuture<Page<T>> page(String cursor) {
        return run.page(spec(), cursor);
    }
}
