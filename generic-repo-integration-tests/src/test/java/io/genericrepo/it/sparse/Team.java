package io.genericrepo.it.sparse;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;

/** A team, whose contact email the index always holds. */
@Entity(partitionKey = "TEAM#{id}", sortKey = "PROFILE",
        indexKeys = @IndexKeys(index = "by-email", partitionKey = "EMAIL#{contact}"))
public record Team(String id, String contact) implements Directory {}
