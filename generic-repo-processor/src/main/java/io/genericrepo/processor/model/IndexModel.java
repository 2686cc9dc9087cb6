package io.genericrepo.processor.model;

/**
 * A secondary index.
 *
 * @param name the index name
 * @param global true for a global index, false for a local one
 * @param partitionKey its partition key (for a local index, the table's)
 * @param sortKey its sort key, or null
 * @param constantName the metamodel constant, such as {@code STATUS_INDEX}
 */
public record IndexModel(String name, boolean global, AttributeModel partitionKey, AttributeModel sortKey,
        String constantName) {}
