package io.genericrepo.it.shop;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.Version;

/** A customer's profile: the partition's own item. */
@Entity(tag = "customer", partitionKey = "CUSTOMER#{id}", sortKey = "PROFILE")
public record Customer(String id, String name, int orderCount, @Version long version) implements ShopItem {}
