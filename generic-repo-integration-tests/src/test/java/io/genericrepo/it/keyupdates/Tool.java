package io.genericrepo.it.keyupdates;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import io.genericrepo.annotations.Version;

/**
 * A tool, in the gadgets' kind index too, and in a sparse index of lenders whose sort key template
 * is constant (an update that sets the lender must write that constant key too).
 */
@Entity(partitionKey = "TOOL#{id}", sortKey = "TOOL", indexKeys = {
        @IndexKeys(index = "gsi1", partitionKey = "KIND#{kind}", sortKey = "TOOL#{id}"),
        @IndexKeys(index = "gsi2", partitionKey = "LENDER#{lender}", sortKey = "TOOL", sparse = true)})
public record Tool(String id, String kind, String lender, int uses, @Version long version) implements Workshop {}
