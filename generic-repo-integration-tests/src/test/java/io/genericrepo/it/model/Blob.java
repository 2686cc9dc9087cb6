package io.genericrepo.it.model;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;

/** A binary (B) partition key. */
@Table(name = "blobs")
public record Blob(@PartitionKey byte[] key, String contentType) {}
