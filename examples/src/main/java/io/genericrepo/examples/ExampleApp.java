package io.genericrepo.examples;

import io.genericrepo.ConditionFailedException;
import io.genericrepo.ItemNotFoundException;
import io.genericrepo.Update;
import io.genericrepo.examples.Order.Address;
import io.genericrepo.examples.Order.OrderStatus;
import io.genericrepo.examples.shop.ShopApp;
import io.genericrepo.examples.shop.ShopItemRepository;
import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A small application using two generated repositories: it creates their tables, then saves,
 * loads, overwrites, queries, updates under a condition and deletes, printing each step. Its
 * second part, {@link ShopApp}, keeps a small shop in one table (a single-table design).
 *
 * <p>With no argument it runs on the embedded in-memory engine; {@code ExampleApp http://localhost:4567}
 * runs it against a local DynamoDB-compatible server, {@code ExampleApp aws} against DynamoDB.
 */
public final class ExampleApp {

    private ExampleApp() {}

    /**
     * Runs the example on the embedded in-memory engine, or against a server.
     *
     * @param args none for the embedded engine; an endpoint such as {@code http://localhost:4567} for
     *     a local DynamoDB-compatible server; {@code aws} for DynamoDB itself (the SDK's default region
     *     and credentials)
     */
    public static void main(String[] args) {
        String target = args.length > 0 && args[0] != null ? args[0].trim() : "";
        CustomerRepository.Builder customerBuilder = CustomerRepository.builder();
        OrderRepository.Builder orderBuilder = OrderRepository.builder();
        ShopItemRepository.Builder shopBuilder = ShopItemRepository.builder();
        if (target.isEmpty()) {
            try (InMemoryDynamoDb engine = InMemoryDynamoDb.create()) {
                System.out.println("on the embedded in-memory DynamoDB engine");
                customerBuilder.client(engine.client());
                orderBuilder.client(engine.client());
                shopBuilder.client(engine.client());
                runWith(customerBuilder, orderBuilder, shopBuilder, true);
            }
            return;
        }
        boolean local = !target.equals("aws");
        if (local) { // a local server: any region and credentials will do
            URI endpoint = URI.create(target);
            System.out.println("against " + endpoint);
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("local", "local"));
            customerBuilder.endpoint(endpoint).region("us-east-1").credentials(credentials);
            orderBuilder.endpoint(endpoint).region("us-east-1").credentials(credentials);
            shopBuilder.endpoint(endpoint).region("us-east-1").credentials(credentials);
        }
        runWith(customerBuilder, orderBuilder, shopBuilder, !local); // dynalite, a usual local server, has no transactions
    }

    private static void runWith(CustomerRepository.Builder customerBuilder, OrderRepository.Builder orderBuilder,
            ShopItemRepository.Builder shopBuilder, boolean transactions) {
        try (CustomerRepository customers = customerBuilder.build(); OrderRepository orders = orderBuilder.build()) {
            run(customers, orders, System.out);
        }
        System.out.println();
        System.out.println("a shop in one table (single-table design)");
        try (ShopItemRepository shop = shopBuilder.build()) {
            ShopApp.run(shop, transactions, System.out);
        }
    }

    /**
     * The example itself.
     *
     * @param customers the customer repository
     * @param orders the order repository
     * @param out where to print what happens
     */
    public static void run(CustomerRepository customers, OrderRepository orders, PrintStream out) {
        out.println("ensureTable " + customers.tableName() + ": created=" + customers.ensureTable());
        out.println("ensureTable " + orders.tableName() + ": created=" + orders.ensureTable());

        Customer ada = new Customer("c-1", "Ada Lovelace", "ada@example.com", LocalDate.of(2024, 3, 1),
                Set.of("engines", "poetry"));
        customers.save(ada);
        out.println("save      " + ada);
        out.println("load      " + customers.load("c-1").orElseThrow());

        Order order = new Order("c-1", "2026-11-25-0001", OrderStatus.PENDING, 2, new BigDecimal("39.80"),
                Instant.parse("2026-11-25T10:15:30Z"), List.of("gift"), new Address("Storgata 1", "Oslo", "NO"));
        orders.save(order);
        out.println("save      " + order);
        out.println("load      " + orders.loadOrThrow("c-1", "2026-11-25-0001"));

        Order paid = new Order(order.customerId(), order.orderId(), OrderStatus.PAID, 3, new BigDecimal("59.70"),
                order.createdAt(), List.of("gift", "express"), order.shipTo());
        orders.save(paid);
        out.println("overwrite " + orders.loadOrThrow(new OrderKey("c-1", "2026-11-25-0001")));

        Order second = new Order("c-1", "2026-11-26-0002", OrderStatus.PENDING, 1, new BigDecimal("9.90"),
                Instant.parse("2026-11-26T08:00:00Z"), List.of(), order.shipTo());
        orders.save(second);
        out.println("query     " + orders.query("c-1").sortKey(Order_.orderId.beginsWith("2026-11")).list().size()
                + " orders of c-1 in November");
        out.println("index     " + orders.findAllWithIndex(Order_.STATUS_INDEX, OrderStatus.PENDING).stream()
                .map(Order::orderId).toList() + " pending");
        Order shipped = orders.update(new OrderKey("c-1", "2026-11-25-0001"),
                Update.of(Order_.status.set(OrderStatus.SHIPPED), Order_.tags.append("shipped")),
                Order_.status.eq(OrderStatus.PAID).withMessage("only paid orders ship"));
        out.println("update    " + shipped.status() + " " + shipped.tags());
        try {
            orders.update(new OrderKey("c-1", "2026-11-26-0002"), Update.of(Order_.status.set(OrderStatus.SHIPPED)),
                    Order_.status.eq(OrderStatus.PAID).withMessage("only paid orders ship"));
        } catch (ConditionFailedException e) {
            out.println("rejected  " + e.rejectionMessage());
        }
        out.println("count     " + orders.count(Order_.quantity.ge(1)) + " orders with items");
        orders.delete("c-1", "2026-11-26-0002");

        out.println("delete    " + orders.delete("c-1", "2026-11-25-0001").map(Order::orderId).orElse("nothing"));
        out.println("load      " + orders.load("c-1", "2026-11-25-0001").map(Order::toString).orElse("(no item)"));
        try {
            orders.loadOrThrow("c-1", "2026-11-25-0001");
        } catch (ItemNotFoundException e) {
            out.println("loadOrThrow -> " + e.getMessage());
        }
        customers.saveAll(List.of(
                new Customer("c-2", "Grace Hopper", "grace@example.com", LocalDate.of(2025, 1, 9), Set.of("compilers")),
                new Customer("c-3", "Alan Turing", "alan@example.com", LocalDate.of(2025, 6, 23), Set.of())));
        out.println("loadAll   " + customers.loadAll(List.of("c-3", "c-2", "c-9")).stream().map(Customer::name).toList());
        customers.deleteAll(List.of("c-2", "c-3"));
        out.println("delete    " + customers.delete("c-1").map(Customer::name).orElse("nothing"));
    }
}
