package io.genericrepo;

import io.genericrepo.internal.read.ReadSpec;
import io.genericrepo.internal.table.TableOperations;
import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Scan} and {@link AsyncScan} share: the scan's definition. The terminals that run it
 * are theirs.
 *
 * @param <T> the record
 * @param <S> the scan type, for fluent calls
 */
public abstract class AbstractScan<T, S extends AbstractScan<T, S>> extends AbstractRead<T, S> {

    private Integer segments;

    AbstractScan(TableOperations<T, ?> operations) {
        super(operations);
    }

    /**
     * Reads the table in this many segments, at most {@code maxConcurrency} (a builder setting,
     * default 4) at once. Every item is returned once; order is not kept. With a limit or
     * {@code first()}, no segment reads another page once enough items are read.
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

    /** Copies this scan's definition onto the same scan of one entity ({@code only(Order.class)}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <E, O extends AbstractScan<E, O>> O narrow(O other) {
        copyTo(other);
        AbstractScan raw = other;
        raw.segments = segments;
        return other;
    }

    ReadSpec spec() {
        return spec(limit());
    }

    ReadSpec spec(Integer overrideLimit) {
        TableMetadata metadata = operations().schema().metadata();
        List<AttributePath> projected = new ArrayList<>(projection());
        if (!projected.isEmpty()) {
            for (KeyAttribute key : metadata.sortKey() == null ? List.of(metadata.partitionKey())
                    : List.of(metadata.partitionKey(), metadata.sortKey())) {
                if (!projected.contains(AttributePath.of(key.name()))) {
                    projected.add(AttributePath.of(key.name()));
                }
            }
            if (metadata.typeAttribute() != null && !projected.contains(AttributePath.of(metadata.typeAttribute()))) {
                projected.add(AttributePath.of(metadata.typeAttribute())); // items are read by their type tag
            }
        }
        return new ReadSpec(operations().tableName(), null, null, readFilter(), operations().rules().notExpired(), false,
                overrideLimit, isConsistentRead(), projected, null, segments == null || segments == 1 ? null : segments);
    }
}
