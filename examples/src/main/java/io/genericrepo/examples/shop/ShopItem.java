package io.genericrepo.examples.shop;

import io.genericrepo.annotations.ItemCollection;
import io.genericrepo.annotations.SharedIndex;
import io.genericrepo.annotations.SingleTable;
import io.genericrepo.annotations.Table;

/**
 * A small shop in one table: each customer's partition holds its profile, its orders (by time)
 * and their lines; the shared index {@code gsi1} finds an order, and its lines, by order id.
 */
@Table(name = "shop")
@SingleTable(indexes = @SharedIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"))
@ItemCollection(name = "CustomerWithOrders", partition = Customer.class, members = Order.class)
public sealed interface ShopItem permits Customer, Order, OrderLine {}
