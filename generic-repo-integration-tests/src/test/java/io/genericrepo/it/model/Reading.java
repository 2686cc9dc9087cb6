package io.genericrepo.it.model;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.SortKey;
import io.genericrepo.annotations.Table;
import java.util.UUID;

/** A composite key of a UUID (S) and a primitive long (N). */
@Table(name = "readings")
public record Reading(@PartitionKey UUID sensor, @SortKey long timestamp, double value) {}
