package io.genericrepo.processor.model;

/**
 * A global secondary index of a single-table design, whose keys are strings each entity fills.
 *
 * @param name the index name
 * @param partitionKey its partition key attribute
 * @param sortKey its sort key attribute, or null
 * @param constantName the metamodels' constant, such as {@code GSI1}
 */
public record SharedIndexModel(String name, String partitionKey, String sortKey, String constantName) {}
