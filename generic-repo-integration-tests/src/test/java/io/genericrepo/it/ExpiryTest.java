package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.ItemNotFoundException;
import io.genericrepo.Page;
import io.genericrepo.Update;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderAsyncRepository;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * TTL: filled on save, saveAll and update; stored as epoch seconds; and an item whose TTL has
 * passed is never returned by any read, until the builder turns that off.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private final Flavour.Clients clients;

    ExpiryTest(Backend backend) {
        this.clients = new Flavour.Clients(backend.client(), backend.asyncClient());
    }

    @AfterAll
    void close() {
        clients.sync().close();
        clients.async().close();
    }

    static Order order(String customer, String id, OrderStatus status) {
        return new Order(customer, id, status, 1, new BigDecimal("5"), null, List.of(), null, null, 0L);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void anExpiredItemIsNeverReturnedByAnyRead(Flavour f) {
        Clock writing = Clock.fixed(T0, ZoneOffset.UTC);
        Clock twoHoursLater = Clock.fixed(T0.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        try (Repo<Order, OrderKey, String> writer = f.orders(clients, "expiry", b -> b.clock(writing)
                .dataExpiration(Duration.ofHours(1)))) {
            writer.createTable();
            writer.save(order("c", "short", OrderStatus.PAID));                        // expires at T0 + 1h
            writer.saveAll(List.of(order("c", "batch", OrderStatus.PAID)));            // likewise
            writer.save(new Order("c", "long", OrderStatus.PAID, 1, null, null, null, null,
                    T0.plus(Duration.ofDays(10)), 0L));                                  // expires in 10 days
            writer.update(new OrderKey("c", "updated"), Update.of(Order_.status.set(OrderStatus.PAID)));
            String table = writer.tableName();
            Map<String, AttributeValue> raw = clients.sync().getItem(b -> b.tableName(table)
                    .key(Map.of("customerId", AttributeValue.fromS("c"), "orderId", AttributeValue.fromS("short")))).item();
            assertEquals(Long.toString(T0.plus(Duration.ofHours(1)).getEpochSecond()), raw.get("expiresAt").n(),
                    "stored as epoch seconds, filled from dataExpiration");
            Map<String, AttributeValue> updated = clients.sync().getItem(b -> b.tableName(table)
                    .key(Map.of("customerId", AttributeValue.fromS("c"), "orderId", AttributeValue.fromS("updated")))).item();
            assertEquals(raw.get("expiresAt"), updated.get("expiresAt"), "update fills it too");

            try (Repo<Order, OrderKey, String> reader = sameTable(f, table, twoHoursLater, true)) {
                assertEquals(Optional.empty(), reader.load(new OrderKey("c", "short")));
                assertThrows(ItemNotFoundException.class, () -> reader.loadOrThrow(new OrderKey("c", "short")));
                assertEquals(List.of("long"), ids(reader.queryList("c", null)));
                assertEquals(List.of("long"), ids(reader.queryStream("c")));
                assertEquals(1, reader.queryCount("c", null));
                assertEquals(1, reader.queryCount("c", Order_.status.eq(OrderStatus.PAID)));
                assertEquals(List.of("long"), ids(reader.scanList(null, 1)));
                assertEquals(List.of("long"), ids(reader.scanList(null, 3)));
                assertEquals(List.of("long"), ids(reader.scanStream(2)));
                assertEquals(1, reader.count());
                assertEquals(1, reader.count(Order_.quantity.eq(1)));
                assertEquals(List.of("long"), ids(reader.loadAll(List.of(new OrderKey("c", "short"),
                        new OrderKey("c", "long"), new OrderKey("c", "batch"), new OrderKey("c", "updated")))));
            }
            try (Repo<Order, OrderKey, String> seesAll = sameTable(f, table, twoHoursLater, false)) {
                assertEquals(4, seesAll.queryList("c", null).size(), "hideExpiredItems(false) shows them");
                assertTrue(seesAll.load(new OrderKey("c", "short")).isPresent());
            }
        }
    }

    private Repo<Order, OrderKey, String> sameTable(Flavour f, String table, Clock clock, boolean hide) {
        if (f == Flavour.SYNC) {
            return Repo.sync(OrderRepository.builder().client(clients.sync()).tableName(table).clock(clock)
                    .hideExpiredItems(hide).build());
        }
        return Repo.async(OrderAsyncRepository.builder().client(clients.async()).tableName(table).clock(clock)
                .hideExpiredItems(hide).build());
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::orderId).sorted().toList();
    }

    @Test
    void indexQueriesHideExpiredItemsToo(DynamoDbClient client) {
        Clock writing = Clock.fixed(T0, ZoneOffset.UTC);
        String table = BackendExtension.uniqueTableName("expiry-index");
        try (OrderRepository writer = OrderRepository.builder().client(client).tableName(table).clock(writing)
                .dataExpiration(Duration.ofMinutes(5)).build();
                OrderRepository reader = OrderRepository.builder().client(client).tableName(table)
                        .clock(Clock.fixed(T0.plus(Duration.ofMinutes(6)), ZoneOffset.UTC)).build()) {
            writer.createTable();
            writer.save(order("c", "soon", OrderStatus.PENDING));
            writer.save(new Order("c", "later", OrderStatus.PENDING, 1, BigDecimal.ONE, null, null, null,
                    T0.plus(Duration.ofDays(1)), 0L));
            assertEquals(2, writer.findAllWithIndex(Order_.STATUS_INDEX, OrderStatus.PENDING).size());
            assertEquals(List.of("later"), reader.findAllWithIndex(Order_.STATUS_INDEX, OrderStatus.PENDING).stream()
                    .map(Order::orderId).toList());
            assertEquals(Optional.of("later"), reader.findOneWithIndex(Order_.STATUS_INDEX, OrderStatus.PENDING)
                    .map(Order::orderId));
        }
    }

    @Test
    void cursorsSurviveTheClockMovingBetweenPages(DynamoDbClient client) {
        AtomicLong seconds = new AtomicLong(T0.getEpochSecond());
        Clock ticking = new Clock() { // a second passes every time the time is read
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(seconds.getAndIncrement());
            }
        };
        try (OrderRepository orders = OrderRepository.builder().client(client).clock(ticking)
                .tableName(BackendExtension.uniqueTableName("expiry-pages")).build()) {
            orders.createTable();
            orders.saveAll(IntStream.range(0, 9).mapToObj(i -> order("c", "o-" + i, OrderStatus.PAID)).toList());
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                Page<Order> page = orders.query("c").limit(4).page(cursor);
                page.items().forEach(o -> seen.add(o.orderId()));
                cursor = page.cursor();
            } while (cursor != null);
            assertEquals(9, seen.size(), "the hidden expiry filter is not part of the cursor's check");
        }
    }
}
