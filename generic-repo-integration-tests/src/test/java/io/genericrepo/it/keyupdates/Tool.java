package io.genericrepo.it.keyupdates;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import io.genericrepo.annotations.Version;

/** A tool, in the gadgets' kind index too. */
@Entity(partitionKey = "TOOL#{id}", sortKey = "TOOL",
        indexKeys = @IndexKeys(index = "gsi1", partitionKey = "KIND#{kind}", sortKey = "TOOL#{id}"))
public record Tool(String id, String kind, int uses, @Version long version) implements Workshop {}
