package io.genericrepo;

import java.util.Objects;

/**
 * A secondary index declared by {@code @IndexPartitionKey} and {@code @IndexSortKey}.
 *
 * @param name the index name
 * @param global true for a global secondary index, false for a local one
 * @param partitionKey the index's partition key (for a local index, the table's)
 * @param sortKey the index's sort key, or null
 */
public record IndexMetadata(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey) {

    /** Checks that the name and partition key are present. */
    public IndexMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
    }
}
