package io.genericrepo.examples.shop;

import io.genericrepo.Transaction;
import io.genericrepo.TransactionFailedException;
import io.genericrepo.Update;
import io.genericrepo.examples.shop.Order.Status;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The second part of the example: a shop in one table. It places orders in transactions (the
 * order, its lines and the customer's count together), reads a customer's partition in one Query,
 * narrows it to orders, finds an order by id through the shared index, and prints each step.
 */
public final class ShopApp {

    private ShopApp() {}

    /**
     * The example itself.
     *
     * @param shop the shop's repository
     * @param transactions whether the server has transactions (dynalite has none)
     * @param out where to print what happens
     */
    public static void run(ShopItemRepository shop, boolean transactions, PrintStream out) {
        out.println("ensureTable " + shop.tableName() + ": created=" + shop.ensureTable());
        shop.save(new Customer("c-1", "Ada Lovelace", 0, 0));
        placeOrder(shop, transactions, new Order("c-1", "o-1", Instant.parse("2025-12-24T18:00:00Z"), Status.SHIPPED,
                new BigDecimal("12.50")), List.of(new OrderLine("c-1", null, null, 1, "tea", 2)), out);
        placeOrder(shop, transactions, new Order("c-1", "o-2", Instant.parse("2026-03-01T10:15:30Z"), Status.PAID,
                new BigDecimal("39.80")), List.of(new OrderLine("c-1", null, null, 1, "engine", 1),
                new OrderLine("c-1", null, null, 2, "punch cards", 100)), out);

        for (ShopItem item : shop.query(CustomerSchema.partitionKey("c-1")).list()) {
            out.println("partition " + describe(item));
        }
        out.println("orders    " + shop.query("CUSTOMER#c-1").only(Order.class).descending().list().stream()
                .map(Order::orderId).toList() + " newest first");
        out.println("in 2026   " + shop.orders().query("c-1").sortKey(Order_.SORT_KEY.between(
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59.999999999Z"))).list().stream()
                .map(Order::orderId).toList());
        out.println("by id     " + shop.query(ShopItem_.GSI1, "ORDER#o-2").list().stream().map(ShopApp::describe)
                .toList());
        CustomerWithOrders collection = shop.customerWithOrders("c-1").orElseThrow();
        out.println("collection " + collection.customer().name() + " with " + collection.orders().size()
                + " orders, in one Query");
        Customer ada = shop.customers().loadOrThrow("c-1");
        out.println("customer  " + ada.name() + ": " + ada.orderCount() + " orders, version " + ada.version());
        out.println("deleted   " + shop.deleteAllByPartitionKey("CUSTOMER#c-1") + " items of c-1");
    }

    private static void placeOrder(ShopItemRepository shop, boolean transactions, Order order, List<OrderLine> lines,
            PrintStream out) {
        List<OrderLine> placed = lines.stream().map(l -> new OrderLine(order.customerId(), order.placedAt(),
                order.orderId(), l.lineNo(), l.sku(), l.quantity())).toList();
        if (!transactions) { // one by one where the server has no transactions
            shop.save(order);
            placed.forEach(shop::save);
            shop.customers().update(order.customerId(), Update.of(Customer_.orderCount.add(1)));
            out.println("placed    " + order.orderId() + " with " + placed.size() + " lines");
            return;
        }
        try {
            var tx = Transaction.write().put(shop.orders(), order);
            placed.forEach(l -> tx.put(shop.orderLines(), l));
            tx.update(shop.customers(), order.customerId(), Update.of(Customer_.orderCount.add(1))).commit();
            out.println("placed    " + order.orderId() + " with " + placed.size() + " lines, in one transaction");
        } catch (TransactionFailedException e) {
            out.println("rejected  " + e.getMessage());
        }
    }

    /**
     * @param item any item of the shop
     * @return what it is; Java 21's {@code switch} over the sealed type makes this exhaustive
     */
    static String describe(ShopItem item) {
        if (item instanceof Customer c) {
            return "customer " + c.name();
        } else if (item instanceof Order o) {
            return "order " + o.orderId() + " " + o.status() + " " + o.total();
        } else if (item instanceof OrderLine l) {
            return "line " + l.orderId() + "/" + l.lineNo() + " " + l.quantity() + " x " + l.sku();
        }
        throw new IllegalStateException("not an item of the shop: " + item);
    }
}
