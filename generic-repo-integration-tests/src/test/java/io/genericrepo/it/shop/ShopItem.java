package io.genericrepo.it.shop;

import io.genericrepo.annotations.ItemCollection;
import io.genericrepo.annotations.SharedIndex;
import io.genericrepo.annotations.SingleTable;
import io.genericrepo.annotations.Table;

/** A shop in one table: customers, their orders and order lines, and carts that expire. */
@Table(name = "shop")
@SingleTable(indexes = @SharedIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"))
@ItemCollection(name = "CustomerWithOrders", partition = Customer.class, members = Order.class)
@ItemCollection(name = "CustomerOrdersAndLines", partition = Customer.class, members = {Order.class, OrderLine.class})
public sealed interface ShopItem permits Customer, Order, OrderLine, CartItem {}
