package io.genericrepo.it.model;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.Table;
import io.genericrepo.annotations.Version;

/** A bank account for the transaction tests: a balance, how many transfers moved it, a version. */
@Table(name = "accounts")
public record Account(@PartitionKey String id, long balance, long movements, String owner, @Version long version) {}
