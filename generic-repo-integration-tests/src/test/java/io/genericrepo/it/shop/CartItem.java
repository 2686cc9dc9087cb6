package io.genericrepo.it.shop;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.Ttl;
import java.time.Instant;

/** An item in a customer's cart, which expires. */
@Entity(tag = "cart", partitionKey = "CUSTOMER#{customerId}", sortKey = "CART#{sku}")
public record CartItem(String customerId, String sku, int quantity, @Ttl Instant expiresAt) implements ShopItem {}
