package io.genericrepo.it.shop;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import java.time.Instant;

/** A line of an order, right after its order in the customer's partition; keys not stored twice. */
@Entity(tag = "line", partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{placedAt}#{orderId}#LINE#{lineNo}",
        storeKeyComponents = false,
        indexKeys = @IndexKeys(index = "gsi1", partitionKey = "ORDER#{orderId}", sortKey = "LINE#{lineNo}"))
public record OrderLine(String customerId, Instant placedAt, String orderId, int lineNo, String sku, int quantity)
        implements ShopItem {}
