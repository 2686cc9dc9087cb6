package io.genericrepo.path;

import java.util.Objects;

/**
 * A handle on a secondary index, generated on the metamodel as a constant
 * ({@code Order_.STATUS_INDEX}), typed by the index's key types so that queries on it take
 * values of the right type.
 *
 * @param <T> the {@code @Table} record
 * @param <P> the index partition key's Java type
 * @param <S> the index sort key's Java type, {@code Void} when it has none
 */
public final class Index<T, P, S> {

    private final String name;
    private final boolean global;
    private final ValuePath<T, P> partitionKey;
    private final ValuePath<T, S> sortKey;

    private Index(String name, boolean global, ValuePath<T, P> partitionKey, ValuePath<T, S> sortKey) {
        this.name = Objects.requireNonNull(name, "name");
        this.global = global;
        this.partitionKey = Objects.requireNonNull(partitionKey, "partitionKey");
        this.sortKey = sortKey;
    }

    /**
     * @param name index name
     * @param partitionKey its partition key
     * @param <T> the record
     * @param <P> the partition key's type
     * @return a global index without a sort key
     */
    public static <T, P> Index<T, P, Void> global(String name, ValuePath<T, P> partitionKey) {
        return new Index<>(name, true, partitionKey, null);
    }

    /**
     * @param name index name
     * @param partitionKey its partition key
     * @param sortKey its sort key
     * @param <T> the record
     * @param <P> the partition key's type
     * @param <S> the sort key's type
     * @return a global index with a sort key
     */
    public static <T, P, S> Index<T, P, S> global(String name, ValuePath<T, P> partitionKey, ValuePath<T, S> sortKey) {
        return new Index<>(name, true, partitionKey, Objects.requireNonNull(sortKey, "sortKey"));
    }

    /**
     * @param name index name
     * @param partitionKey the table's partition key
     * @param sortKey the index's sort key
     * @param <T> the record
     * @param <P> the partition key's type
     * @param <S> the sort key's type
     * @return a local index
     */
    public static <T, P, S> Index<T, P, S> local(String name, ValuePath<T, P> partitionKey, ValuePath<T, S> sortKey) {
        return new Index<>(name, false, partitionKey, Objects.requireNonNull(sortKey, "sortKey"));
    }

    /** @return the index name */
    public String name() {
        return name;
    }

    /** @return true for a global secondary index */
    public boolean global() {
        return global;
    }

    /** @return the partition key's path */
    public ValuePath<T, P> partitionKey() {
        return partitionKey;
    }

    /** @return the sort key's path, or null */
    public ValuePath<T, S> sortKey() {
        return sortKey;
    }

    @Override
    public String toString() {
        return name;
    }
}
