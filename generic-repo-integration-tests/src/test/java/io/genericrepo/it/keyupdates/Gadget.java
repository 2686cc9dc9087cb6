package io.genericrepo.it.keyupdates;

import io.genericrepo.annotations.Attribute;
import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import io.genericrepo.annotations.Version;
import java.time.Instant;

/** A gadget: see {@link Workshop}. */
@Entity(partitionKey = "GADGET#{id}", sortKey = "MADE#{made}", indexKeys = {
        @IndexKeys(index = "gsi1", partitionKey = "KIND#{kind}", sortKey = "KIND#{kind}#AT#{made}#{rank}"),
        @IndexKeys(index = "gsi2", partitionKey = "STATE#{state}", sortKey = "{rank}#{serial}#{due}"),
        @IndexKeys(index = "gsi3", partitionKey = "{label}", sparse = true)})
public record Gadget(String id, Instant made, String kind, Gear state, int rank, Long serial, Instant due,
        @Attribute(name = "lbl") String label, int uses, @Version long version) implements Workshop {}
