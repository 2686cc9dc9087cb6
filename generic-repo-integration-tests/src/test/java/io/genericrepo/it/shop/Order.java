package io.genericrepo.it.shop;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.IndexKeys;
import java.math.BigDecimal;
import java.time.Instant;

/** An order, under its customer, newest last; findable by its id through the shared index. */
@Entity(tag = "order", partitionKey = "CUSTOMER#{customerId}", sortKey = "ORDER#{placedAt}#{orderId}",
        indexKeys = @IndexKeys(index = "gsi1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER"))
public record Order(String customerId, String orderId, Instant placedAt, Status status, BigDecimal total)
        implements ShopItem {}
