package io.genericrepo.examples.shop;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order, in its customer's partition at {@code sk = ORDER#placedAt#orderId} (oldest first),
 * and in the shared index at {@code gsi1pk = ORDER#orderId}.
 *
 * @param customerId the customer
 * @param orderId the order id
 * @param placedAt when it was placed
 * @param status its status
 * @param total its total
 */
@Entity(tag = "order", partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{placedAt}#{orderId}",
        indexKeys = @IndexKeys(index = "gsi1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER"))
public record Order(String customerId, String orderId, Instant placedAt, Status status, BigDecimal total)
        implements ShopItem {

    /** An order's status. */
    public enum Status { PENDING, PAID, SHIPPED }
}
