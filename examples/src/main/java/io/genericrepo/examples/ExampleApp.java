package io.genericrepo.examples;

import io.genericrepo.ItemNotFoundException;
import io.genericrepo.examples.Order.Address;
import io.genericrepo.examples.Order.OrderStatus;
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
 * loads, overwrites and deletes, printing each step.
 *
 * <p>Run it against a local DynamoDB-compatible server with {@code ExampleApp http://localhost:4567},
 * or against AWS with no argument (the SDK's default region and credentials).
 */
public final class ExampleApp {

    private ExampleApp() {}

    /**
     * @param args an optional endpoint, such as {@code http://localhost:4567}
     */
    public static void main(String[] args) {
        URI endpoint = args.length > 0 ? URI.create(args[0]) : null;
        CustomerRepository.Builder customerBuilder = CustomerRepository.builder();
        OrderRepository.Builder orderBuilder = OrderRepository.builder();
        if (endpoint != null) { // a local server: any region and credentials will do
            StaticCredentialsProvider local = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
            customerBuilder.endpoint(endpoint).region("us-east-1").credentials(local);
            orderBuilder.endpoint(endpoint).region("us-east-1").credentials(local);
        }
        try (CustomerRepository customers = customerBuilder.build(); OrderRepository orders = orderBuilder.build()) {
            run(customers, orders, System.out);
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

        out.println("delete    " + orders.delete("c-1", "2026-11-25-0001").map(Order::orderId).orElse("nothing"));
        out.println("load      " + orders.load("c-1", "2026-11-25-0001").map(Order::toString).orElse("(no item)"));
        try {
            orders.loadOrThrow("c-1", "2026-11-25-0001");
        } catch (ItemNotFoundException e) {
            out.println("loadOrThrow -> " + e.getMessage());
        }
        out.println("delete    " + customers.delete("c-1").map(Customer::name).orElse("nothing"));
    }
}
