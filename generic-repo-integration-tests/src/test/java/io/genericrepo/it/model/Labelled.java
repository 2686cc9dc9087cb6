package io.genericrepo.it.model;

import io.genericrepo.annotations.IndexPartitionKey;
import io.genericrepo.annotations.IndexSortKey;
import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.SortKey;
import io.genericrepo.annotations.Table;

/** A string global index key and a binary local index key, which DynamoDB refuses empty. */
@Table(name = "labelled")
public record Labelled(
        @PartitionKey String id,
        @SortKey String part,
        @IndexPartitionKey("by-label") String label,
        @IndexSortKey("by-blob") byte[] blob) {}
