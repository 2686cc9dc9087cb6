package io.genericrepo.it.keyupdates;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import io.genericrepo.annotations.Version;
import java.util.UUID;

/**
 * A part whose key components are not stored (read back from the keys), in index templates that
 * mix them with components an update may change: a UUID, and a Boolean in a sparse index.
 */
@Entity(partitionKey = "PART#{owner}", sortKey = "P#{seq}", storeKeyComponents = false, indexKeys = {
        @IndexKeys(index = "gsi1", partitionKey = "SKU#{sku}#{seq}", sortKey = "BATCH#{batch}#OF#{owner}"),
        @IndexKeys(index = "gsi2", partitionKey = "FRAGILE#{fragile}", sortKey = "PART#{owner}#{seq}", sparse = true)})
public record Part(String owner, int seq, String sku, UUID batch, Boolean fragile, String note, @Version long version)
        implements Workshop {}
