package io.genericrepo.examples.shop;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.Version;

/**
 * A customer's profile, at {@code pk = CUSTOMER#id, sk = PROFILE}.
 *
 * @param id the customer id
 * @param name the name
 * @param orderCount how many orders the customer placed
 * @param version the optimistic-locking version
 */
@Entity(tag = "customer", partitionKey = "CUSTOMER#{id}", sortKey = "PROFILE")
public record Customer(String id, String name, int orderCount, @Version long version) implements ShopItem {}
