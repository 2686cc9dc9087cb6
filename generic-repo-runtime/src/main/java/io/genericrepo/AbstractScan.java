package io.genericrepo;

import io.genericrepo.internal.ReadSpec;
import io.genericrepo.internal.TableOperations;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Scan} and {@link AsyncScan} share: the scan's definition. The terminals that run it
 * are theirs.
 *
 * @param <T> the record
 * @param <S> the scan type, for fluent calls
 */
public abstract class AbstractScan<T, S extends AbstractScan<T, S>> {

    private final TableOperations<T, ?> operations;
    private Condition<T> filter;
    private Integer limit;
    private boolean consistentRead;
    private Integer segments;
    private final List<AttributePath> projection = new ArrayList<>();

    AbstractScan(TableOperations<T, ?> operations) {
        this.operations = operations;
    }

    abstract S self();

    /**
     * @param condition keeps only matching items; several calls combine with AND
     * @return this scan
     */
    public S filter(Condition<T> condition) {
        Objects.requireNonNull(condition, "filter");
        this.filter = filter == null ? condition : filter.and(condition);
        return self();
    }

    /**
     * @param maxItems the most items to return in all (for {@code page}, per page)
     * @return this scan
     */
    public S limit(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("limit(" + maxItems + ") must be at least 1");
        }
        this.limit = maxItems;
        return self();
    }

    /** @return this scan, with strongly consistent reads */
    public S consistentRead() {
        this.consistentRead = true;
        return self();
    }

    /**
     * Reads the table in this many segments at once. Every item is returned once; order is not
     * kept.
     *
     * @param segments 1 to 1,000,000 (DynamoDB's limit)
     * @return this scan
     */
    public S parallel(int segments) {
        if (segments < 1 || segments > 1_000_000) {
            throw new IllegalArgumentException("parallel(" + segments + ") takes 1 to 1000000 segments");
        }
        this.segments = segments;
        return self();
    }

    /**
     * @param paths the attributes to read (the keys are always read)
     * @return this scan
     */
    @SafeVarargs
    public final S project(Path<T>... paths) {
        for (Path<T> p : paths) {
            projection.add(p.attributePath());
        }
        return self();
    }

    TableOperations<T, ?> operations() {
        return operations;
    }

    ReadSpec spec() {
        return spec(limit);
    }

    ReadSpec spec(Integer overrideLimit) {
        TableMetadata metadata = operations.schema().metadata();
        List<AttributePath> projected = new ArrayList<>(projection);
        if (!projected.isEmpty()) {
            for (KeyAttribute key : metadata.sortKey() == null ? List.of(metadata.partitionKey())
                    : List.of(metadata.partitionKey(), metadata.sortKey())) {
                if (!projected.contains(AttributePath.of(key.name()))) {
                    projected.add(AttributePath.of(key.name()));
                }
            }
        }
        return new ReadSpec(operations.tableName(), null, null, filter, operations.notExpired(), false, overrideLimit,
                consistentRead, projected, null, segments == null || segments == 1 ? null : segments);
    }
}
