package io.genericrepo.it.club;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;

/** A coach, by email; the index's sort key also holds the coach's primary key component. */
@Entity(partitionKey = "COACH#{id}", sortKey = "PROFILE",
        indexKeys = @IndexKeys(index = "by-email", partitionKey = "EMAIL#{email}", sortKey = "COACH#{sport}#{id}"))
public record Coach(String id, String email, String sport) implements Club {}
