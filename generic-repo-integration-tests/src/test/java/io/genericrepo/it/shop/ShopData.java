package io.genericrepo.it.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One customer's partition of the shop: a profile, three orders over two years, and their lines. */
final class ShopData {

    static final Instant JAN_2025 = Instant.parse("2025-01-10T09:00:00Z");
    static final Instant MAR_2026 = Instant.parse("2026-03-01T10:15:30Z");
    static final Instant NOV_2026 = Instant.parse("2026-11-20T18:45:00.123456789Z");

    private ShopData() {}

    static Customer customer(String id) {
        return new Customer(id, "Ada " + id, 0, 0L);
    }

    static Order order(String customer, String id, Instant placedAt) {
        return new Order(customer, id, placedAt, Status.PENDING, new BigDecimal("19.9"));
    }

    static OrderLine line(Order order, int lineNo) {
        return new OrderLine(order.customerId(), order.placedAt(), order.orderId(), lineNo, "sku-" + lineNo, lineNo);
    }

    /** @return the partition, in the order a query of it returns (sort-key order) */
    static List<ShopItem> partition(String customer) {
        List<ShopItem> items = new ArrayList<>();
        for (Order o : List.of(order(customer, customer + "-o1", JAN_2025), order(customer, customer + "-o2", MAR_2026),
                order(customer, customer + "-o3", NOV_2026))) {
            items.add(o);
            items.add(line(o, 1));
            items.add(line(o, 2));
        }
        items.add(customer(customer)); // "PROFILE" sorts after "ORDER#..."
        return items;
    }
}
