package io.genericrepo;

import io.genericrepo.internal.entity.HierarchySchema;
import io.genericrepo.internal.table.TableOperations;
import io.genericrepo.path.AttributePath;
import io.genericrepo.path.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What queries and scans share: a filter, a limit, consistent reads and a projection.
 *
 * @param <T> the record
 * @param <R> the query or scan type, for fluent calls
 */
public abstract class AbstractRead<T, R extends AbstractRead<T, R>> {

    private final TableOperations<T, ?> operations;
    private Condition<T> filter;
    private Integer limit;
    private boolean consistentRead;
    private boolean skipUnknownTypes;
    private final List<AttributePath> projection = new ArrayList<>();

    AbstractRead(TableOperations<T, ?> operations) {
        this.operations = operations;
    }

    abstract R self();

    /**
     * Keeps only matching items; filters are applied by DynamoDB after reading, so they save
     * transfer, not read capacity. Several calls combine with AND.
     *
     * @param condition the filter
     * @return this query or scan
     */
    public R filter(Condition<T> condition) {
        Objects.requireNonNull(condition, "filter");
        this.filter = filter == null ? condition : filter.and(condition);
        return self();
    }

    /**
     * @param maxItems the most items to return in all (for {@code page}, per page)
     * @return this query or scan
     */
    public R limit(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("limit(" + maxItems + ") must be at least 1");
        }
        this.limit = maxItems;
        return self();
    }

    /** @return this query or scan, with strongly consistent reads */
    public R consistentRead() {
        this.consistentRead = true;
        return self();
    }

    /**
     * Reads only these attributes (and the keys, so that cursors work); the others load as null,
     * primitives as their default.
     *
     * @param paths the attributes
     * @return this query or scan
     */
    @SafeVarargs
    public final R project(Path<T>... paths) {
        for (Path<T> p : paths) {
            projection.add(p.attributePath());
        }
        return self();
    }

    /**
     * Skips stored items whose type tag no entity of a single-table hierarchy has (written by a
     * newer version of the application) instead of failing with
     * {@link UnknownEntityTypeException}. A limit counts the items read, skipped ones included.
     *
     * <pre>{@code List<ShopItem> known = shop.query("CUSTOMER#c-1").skipUnknownTypes().list();}</pre>
     *
     * @return this query or scan
     */
    public R skipUnknownTypes() {
        this.skipUnknownTypes = true;
        return self();
    }

    boolean skipsUnknownTypes() {
        return skipUnknownTypes;
    }

    /** Copies this read's settings onto the same read of one entity ({@code only(Order.class)}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void copyTo(AbstractRead<?, ?> other) {
        AbstractRead raw = other;
        raw.filter = filter; // conditions are phantom-typed: the same attribute names serve the entity
        raw.limit = limit;
        raw.consistentRead = consistentRead;
        raw.skipUnknownTypes = skipUnknownTypes;
        raw.projection.addAll(projection);
    }

    /**
     * @param type an entity of this read's single-table hierarchy
     * @param read "query" or "scan", for the message
     * @return the operations that read it, with its type-tag filter
     * @throws IllegalArgumentException if this read is not of a hierarchy, or the type is none of its entities
     */
    <E> TableOperations<E, ?> entityOperations(Class<E> type, String read) {
        if (!(operations.schema() instanceof HierarchySchema<?> hierarchy)) {
            throw new IllegalArgumentException("only(" + type.getSimpleName() + ".class) narrows a " + read + " of a"
                    + " single-table hierarchy to one entity, but " + operations.schema().metadata().recordName()
                    + " is a table of one record");
        }
        return new TableOperations<>(hierarchy.entity(type).schema(), operations.settings());
    }

    TableOperations<T, ?> operations() {
        return operations;
    }

    Condition<T> filter() {
        return filter;
    }

    /**
     * @return the filter sent: the caller's, and for an entity of a single table its type tag. The tag
     *     is part of the filter, not of the hidden expiry filter, so that a cursor of one entity's read
     *     is refused by another's.
     */
    @SuppressWarnings("unchecked")
    Condition<T> readFilter() {
        Condition<T> tag = (Condition<T>) (Condition<?>) operations.rules().entityOnly();
        return tag == null ? filter : filter == null ? tag : tag.and(filter);
    }

    Integer limit() {
        return limit;
    }

    boolean isConsistentRead() {
        return consistentRead;
    }

    List<AttributePath> projection() {
        return projection;
    }
}
