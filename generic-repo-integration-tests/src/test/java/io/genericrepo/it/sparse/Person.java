package io.genericrepo.it.sparse;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;

/** A person, in the email index only when the email is known. */
@Entity(partitionKey = "PERSON#{id}", sortKey = "PROFILE",
        indexKeys = @IndexKeys(index = "by-email", partitionKey = "EMAIL#{email}", sparse = true))
public record Person(String id, String name, String email) implements Directory {}
