package io.genericrepo.examples.shop;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import java.time.Instant;

/**
 * A line of an order, right after it in the customer's partition, and beside it in the shared
 * index. Its key components are not stored twice: they are parsed back from its keys.
 *
 * @param customerId the customer
 * @param placedAt when the order was placed
 * @param orderId the order
 * @param lineNo the line number
 * @param sku the product
 * @param quantity how many
 */
@Entity(tag = "line", partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{placedAt}#{orderId}#LINE#{lineNo}",
        storeKeyComponents = false,
        indexKeys = @IndexKeys(index = "gsi1", partitionKey = "ORDER#{orderId}", sortKey = "LINE#{lineNo}"))
public record OrderLine(String customerId, Instant placedAt, String orderId, int lineNo, String sku, int quantity)
        implements ShopItem {}
