package io.genericrepo.it.model;

import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.SortKey;
import io.genericrepo.annotations.Table;
import java.util.Objects;

/** A record whose constructor refuses a missing name, as many domain records do. */
@Table(name = "strict")
public record Strict(@PartitionKey String group, @SortKey String id, String name) {

    /** Requires a name. */
    public Strict {
        Objects.requireNonNull(name, "name");
    }
}
