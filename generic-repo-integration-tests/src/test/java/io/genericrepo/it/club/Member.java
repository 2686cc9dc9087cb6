package io.genericrepo.it.club;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import io.genericrepo.annotations.Version;
import java.time.LocalDate;

/** A versioned member: by email (sorted by joining date and name), and by level when it has a nickname. */
@Entity(partitionKey = "MEMBER#{id}", sortKey = "PROFILE", indexKeys = {
        @IndexKeys(index = "by-email", partitionKey = "EMAIL#{email}", sortKey = "JOINED#{joined}#{name}"),
        @IndexKeys(index = "by-level", partitionKey = "LEVEL#{level}", sortKey = "NICK#{nickname}", sparse = true)})
public record Member(String id, String name, String email, LocalDate joined, int level, String nickname, int visits,
        @Version long version) implements Club {}
