package io.genericrepo.it.model;

import io.genericrepo.annotations.IndexPartitionKey;
import io.genericrepo.annotations.IndexSortKey;
import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.SortKey;
import io.genericrepo.annotations.Table;
import io.genericrepo.annotations.Ttl;
import io.genericrepo.annotations.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The record of DESIGN.md: composite key, an index, a nested record, TTL and version. */
@Table(name = "orders", ttlDays = 30)
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        @IndexPartitionKey("status-index") OrderStatus status,
        int quantity,
        @IndexSortKey({"status-index", "by-total"}) BigDecimal total,
        Instant createdAt,
        List<String> tags,
        Address shipTo,
        @Ttl Instant expiresAt,
        @Version long version) {

    /**
     * @param v a version
     * @return this order at that version, as a caller holding an older copy would
     */
    public Order withVersion(long v) {
        return new Order(customerId, orderId, status, quantity, total, createdAt, tags, shipTo, expiresAt, v);
    }
}
