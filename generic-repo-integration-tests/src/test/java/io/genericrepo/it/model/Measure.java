package io.genericrepo.it.model;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;

/** A number (N) partition key of Java type double, whose text DynamoDB normalises. */
@Table(name = "measures")
public record Measure(@PartitionKey double id, String label) {}
