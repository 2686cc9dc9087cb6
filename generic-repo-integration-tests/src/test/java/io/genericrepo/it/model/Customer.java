package io.genericrepo.it.model;

import io.genericrepo.annotations.Attribute;
import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;

/** A simple-key table. */
@Table(name = "customers")
public record Customer(@PartitionKey String id, String name, @Attribute(name = "e-mail") String email) {}
