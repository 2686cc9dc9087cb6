package io.genericrepo;

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
 * A scan of the whole table, optionally filtered and split into segments read in parallel. The
 * stream reads one page at a time (per segment), so scanning a large table holds little memory;
 * close the stream if you stop early.
 *
 * <pre>{@code
 * try (Stream<Order> oslo = orders.scan().filter(Order_.shipTo.city.eq("Oslo")).parallel(4).stream()) {
 *     oslo.forEach(this::ship);
 * }
 * }</pre>
 *
 * @param <T> the record
 */
public final class Scan<T> {

    private final TableOperations<T, ?> operations;
    private final SyncReads reads;
    private final TableMetadata metadata;
    private Condition<T> filter;
    private Integer limit;
    private boolean consistentRead;
    private Integer segments;
    private final List<AttributePath> projection = new ArrayList<>();

    Scan(TableOperations<T, ?> operations, SyncReads reads) {
        this.operations = operations;
        this.reads = reads;
        this.metadata = operations.schema().metadata();
    }

    /**
     * @param condition keeps only matching items; several calls combine with AND
     * @return this scan
     */
    public Scan<T> filter(Condition<T> condition) {
        Objects.requireNonNull(condition, "filter");
        this.filter = filter == null ? condition : filter.and(condition);
        return this;
    }

    /**
     * @param maxItems the most items to return in all (for {@link #page}, per page)
     * @return this scan
     */
    public Scan<T> limit(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("limit(" + maxItems + ") must be at least 1");
        }
        this.limit = maxItems;
        return this;
    }

    /** @return this scan, with strongly consistent reads */
    public Scan<T> consistentRead() {
        this.consistentRead = true;
        return this;
    }

    /**
     * Reads the table in this many segments at once, each on its own thread. Every item is
     * returned once; order is not kept.
     *
     * @param segments 1 to 1,000,000 (DynamoDB's limit)
     * @return this scan
     */
    public Scan<T> parallel(int segments) {
        if (segments < 1 || segments > 1_000_000) {
            throw new IllegalArgumentException("parallel(" + segments + ") takes 1 to 1000000 segments");
        }
        this.segments = segments;
        return this;
    }

    /**
     * @param paths the attributes to read (the keys are always read)
     * @return this scan
     */
    @SafeVarargs
    public final Scan<T> project(Path<T>... paths) {
        for (Path<T> p : paths) {
            projection.add(p.attributePath());
        }
        return this;
    }

    /** @return the matching items, read lazily; close it if you stop early */
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

    /** @return how many items match, counted by DynamoDB (Select COUNT) across pages and segments */
    public long count() {
        return reads.count(spec());
    }

    /**
     * @param cursor the previous page's cursor, or null for the first page
     * @return up to {@code limit} items (one DynamoDB page without a limit) and the next cursor
     */
    public Page<T> page(String cursor) {
        SyncReads.Result result = reads.page(spec(), cursor);
        return new Page<>(result.items().stream().map(operations::read).toList(), result.cursor());
    }

    private ReadSpec spec() {
        List<AttributePath> projected = projection.isEmpty() ? List.of() : withKeys();
        return new ReadSpec(operations.tableName(), null, null, filter, false, limit, consistentRead, projected,
                null, segments == null || segments == 1 ? null : segments);
    }

    private List<AttributePath> withKeys() {
        List<AttributePath> all = new ArrayList<>(projection);
        AttributePath pk = AttributePath.of(metadata.partitionKey().name());
        if (!all.contains(pk)) {
            all.add(pk);
        }
        if (metadata.sortKey() != null && !all.contains(AttributePath.of(metadata.sortKey().name()))) {
            all.add(AttributePath.of(metadata.sortKey().name()));
        }
        return all;
    }
}
