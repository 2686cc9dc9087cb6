package io.genericrepo.examples;

import io.genericrepo.annotations.IndexPartitionKey;
import io.genericrepo.annotations.PartitionKey;
import io.genericrepo.annotations.SortKey;
import io.genericrepo.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order, stored under its customer (partition key) and its own id (sort key). */
@Table(name = "example-orders")
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        @IndexPartitionKey("status-index") OrderStatus status,
        int quantity,
        BigDecimal total,
        Instant createdAt,
        List<String> tags,
        Address shipTo) {

    /** Where an order goes: a nested record, stored as a map. */
    public record Address(String street, String city, String country) {}

    /** An order's state, stored by name. */
    public enum OrderStatus { PENDING, PAID, SHIPPED }
}
