package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Condition;
import io.genericrepo.Page;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Partition queries, sort-key conditions, filters, order, limits, first, count, cursors, and index queries. */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTest {

    private final RequestCounter requests = new RequestCounter();
    private final DynamoDbClient client;
    private OrderRepository orders;

    QueryTest(Backend backend) {
        this.client = backend.client(requests);
    }

    static Order order(String customer, String id, OrderStatus status, int quantity, String total, List<String> tags) {
        return new Order(customer, id, status, quantity, new BigDecimal(total), Instant.parse("2026-11-01T00:00:00Z"),
                tags, null, null, 0L);
    }

    @BeforeAll
    void fill() {
        orders = OrderRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("query")).build();
        orders.createTable();
        for (int i = 1; i <= 20; i++) {
            OrderStatus status = i % 3 == 0 ? OrderStatus.PAID : i % 3 == 1 ? OrderStatus.PENDING : OrderStatus.SHIPPED;
            orders.save(order("c-1", String.format("2026-%02d", i), status, i, i + ".50", i % 2 == 0 ? List.of("gift") : List.of()));
        }
        orders.save(order("c-2", "2025-01", OrderStatus.PENDING, 1, "5", List.of()));
    }

    @BeforeEach
    void clear() {
        requests.clear();
    }

    @AfterAll
    void close() {
        orders.close();
        client.close();
    }

    private static List<String> ids(List<Order> list) {
        return list.stream().map(Order::orderId).toList();
    }

    @Test
    void findAllReturnsThePartitionInSortKeyOrder() {
        List<Order> all = orders.findAll("c-1");
        assertEquals(20, all.size());
        assertEquals("2026-01", all.get(0).orderId());
        assertEquals("2026-20", all.get(19).orderId());
        assertEquals(List.of("2025-01"), ids(orders.findAll("c-2")));
        assertEquals(List.of(), orders.findAll("nobody"));
    }

    @Test
    void sortKeyConditions() {
        assertEquals(List.of("2026-05"), ids(orders.query("c-1").sortKey(Order_.orderId.eq("2026-05")).list()));
        assertEquals(List.of("2026-01", "2026-02"), ids(orders.query("c-1").sortKey(Order_.orderId.lt("2026-03")).list()));
        assertEquals(3, orders.query("c-1").sortKey(Order_.orderId.le("2026-03")).list().size());
        assertEquals(List.of("2026-19", "2026-20"), ids(orders.query("c-1").sortKey(Order_.orderId.gt("2026-18")).list()));
        assertEquals(3, orders.query("c-1").sortKey(Order_.orderId.ge("2026-18")).list().size());
        assertEquals(List.of("2026-04", "2026-05", "2026-06"),
                ids(orders.query("c-1").sortKey(Order_.orderId.between("2026-04", "2026-06")).list()));
        assertEquals(List.of("2026-10", "2026-11", "2026-12", "2026-13", "2026-14", "2026-15", "2026-16", "2026-17",
                "2026-18", "2026-19"), ids(orders.query("c-1").sortKey(Order_.orderId.beginsWith("2026-1")).list()));
    }

    @Test
    void filtersDescendingAndLimit() {
        List<Order> paidGifts = orders.query("c-1")
                .filter(Order_.status.eq(OrderStatus.PAID).and(Order_.tags.contains("gift")))
                .descending().list();
        assertEquals(List.of("2026-18", "2026-12", "2026-06"), ids(paidGifts));
        assertEquals(List.of("2026-20", "2026-19", "2026-18"), ids(orders.query("c-1").descending().limit(3).list()));
        assertEquals(List.of("2026-03", "2026-06"),
                ids(orders.query("c-1").filter(Order_.status.eq(OrderStatus.PAID)).limit(2).list()));
    }

    @Test
    void twoFilterCallsCombineWithAnd() {
        assertEquals(List.of("2026-12", "2026-15", "2026-18"), ids(orders.query("c-1").filter(Order_.status.eq(OrderStatus.PAID))
                .filter(Order_.quantity.gt(10)).list()));
    }

    @Test
    void firstStopsAtTheFirstMatchingPage() {
        Optional<Order> first = orders.query("c-1").sortKey(Order_.orderId.beginsWith("2026-")).first();
        assertEquals("2026-01", first.orElseThrow().orderId());
        assertEquals(List.of("Query"), requests.sent());
        requests.clear();
        assertEquals(Optional.empty(), orders.query("c-1").filter(Order_.quantity.gt(1000)).first());
        assertEquals(Optional.of("2026-20"), orders.query("c-1").descending().first().map(Order::orderId));
    }

    @Test
    void countCountsOnTheServer() {
        assertEquals(20, orders.query("c-1").count());
        assertEquals(7, orders.query("c-1").filter(Order_.status.eq(OrderStatus.PENDING)).count());
        assertEquals(0, orders.query("nobody").count());
    }

    @Test
    void pagesFollowCursorsToTheEnd() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Order> page = orders.query("c-1").limit(6).page(cursor);
            assertTrue(page.items().size() <= 6);
            seen.addAll(ids(page.items()));
            cursor = page.cursor();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(ids(orders.findAll("c-1")), seen, "every item once, in order");
        assertTrue(pages >= 4, "20 items in pages of 6 take at least four pages, took " + pages);
    }

    @Test
    void pagesWithAFilterHaveTheAskedSize() {
        Page<Order> first = orders.query("c-1").filter(Order_.status.eq(OrderStatus.PENDING)).limit(3).page(null);
        assertEquals(List.of("2026-01", "2026-04", "2026-07"), ids(first.items()));
        assertNotNull(first.cursor());
        Page<Order> second = orders.query("c-1").filter(Order_.status.eq(OrderStatus.PENDING)).limit(3).page(first.cursor());
        assertEquals(List.of("2026-10", "2026-13", "2026-16"), ids(second.items()));
    }

    @Test
    void aCursorFromAnotherQueryIsRefused() {
        String cursor = orders.query("c-1").limit(2).page(null).cursor();
        IllegalArgumentException otherPartition = assertThrows(IllegalArgumentException.class,
                () -> orders.query("c-2").limit(2).page(cursor));
        assertTrue(otherPartition.getMessage().contains("it belongs to another query"), otherPartition.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> orders.query("c-1").filter(Order_.quantity.gt(1)).limit(2).page(cursor));
        assertThrows(IllegalArgumentException.class, () -> orders.query("c-1").descending().page(cursor));
        assertThrows(IllegalArgumentException.class, () -> orders.scan().page(cursor));
        assertEquals(2, orders.query("c-1").limit(2).page(cursor).items().size(), "the same query accepts it");
        IllegalArgumentException garbage = assertThrows(IllegalArgumentException.class,
                () -> orders.query("c-1").page("not-a-cursor"));
        assertEquals("Invalid cursor \"not-a-cursor\": it is not a generic-repo cursor", garbage.getMessage());
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("A") ? "BB" : "AA");
        assertThrows(IllegalArgumentException.class, () -> orders.query("c-1").limit(2).page(tampered));
        assertEquals(List.of("Query", "Query"), requests.sent(), "refused cursors send nothing");
    }

    @Test
    void projectionReadsOnlySomeAttributes() {
        Order partial = orders.query("c-1").sortKey(Order_.orderId.eq("2026-02")).project(Order_.status).first().orElseThrow();
        assertEquals(OrderStatus.SHIPPED, partial.status());
        assertEquals("2026-02", partial.orderId(), "keys are always read");
        assertNull(partial.total());
        assertEquals(0, partial.quantity());
    }

    @Test
    void globalIndexQuery() {
        List<Order> pending = orders.query(Order_.STATUS_INDEX, OrderStatus.PENDING).list();
        assertEquals(8, pending.size(), "7 of c-1 and 1 of c-2");
        List<BigDecimal> totals = pending.stream().map(Order::total).toList();
        assertEquals(totals.stream().sorted().toList(), totals, "sorted by the index sort key");
        assertEquals(List.of("2026-19", "2026-16"), ids(orders.query(Order_.STATUS_INDEX, OrderStatus.PENDING)
                .sortKey(Order_.total.gt(new BigDecimal("15"))).descending().list()));
        assertEquals(2, orders.findAllWithIndex(Order_.STATUS_INDEX, OrderStatus.PAID, Order_.tags.contains("gift"))
                .stream().filter(o -> o.quantity() > 10).count());
        assertEquals(Optional.of("2026-01"), orders.findOneWithIndex(Order_.STATUS_INDEX, OrderStatus.PENDING)
                .map(Order::orderId), "the smallest total (1.50) first");
    }

    @Test
    void localIndexQuery() {
        List<Order> byTotal = orders.query(Order_.BY_TOTAL, "c-1").sortKey(Order_.total.between(9, 12)).list();
        assertEquals(List.of("2026-09", "2026-10", "2026-11"), ids(byTotal));
        assertEquals(orders.findAll("c-1").size(), orders.findAllWithIndex(Order_.BY_TOTAL, "c-1").size());
    }

    @Test
    void consistentReadOnTheTableAndLocalIndexButNotOnAGlobalIndex() {
        assertEquals(20, orders.query("c-1").consistentRead().list().size());
        assertEquals(20, orders.query(Order_.BY_TOTAL, "c-1").consistentRead().count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> orders.query(Order_.STATUS_INDEX, OrderStatus.PAID).consistentRead());
        assertTrue(e.getMessage().startsWith("consistentRead() is not available on global secondary index status-index"),
                e.getMessage());
    }

    @Test
    void onlyKeyConditionsOnTheSortKeyAreSortKeyConditions() {
        IllegalArgumentException onOther = assertThrows(IllegalArgumentException.class,
                () -> orders.query("c-1").sortKey(Order_.status.eq(OrderStatus.PAID)));
        assertEquals("sortKey(...) takes one condition on the sort key orderId of table " + orders.tableName()
                + ": eq, lt, le, gt, ge, between or beginsWith; found status = \"PAID\". Put other conditions in filter(...)",
                onOther.getMessage());
        assertThrows(IllegalArgumentException.class, () -> orders.query("c-1").sortKey(Order_.orderId.ne("x")));
        assertThrows(IllegalArgumentException.class,
                () -> orders.query("c-1").sortKey(Order_.orderId.gt("a").and(Order_.orderId.lt("b"))));
        IllegalArgumentException onIndex = assertThrows(IllegalArgumentException.class,
                () -> orders.query(Order_.STATUS_INDEX, OrderStatus.PAID).sortKey(Order_.orderId.eq("x")));
        assertTrue(onIndex.getMessage().startsWith("sortKey(...) takes one condition on the sort key total of index"
                + " status-index"), onIndex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> orders.query((String) null));
        assertThrows(IllegalArgumentException.class, () -> orders.query(""));
        assertThrows(IllegalArgumentException.class, () -> orders.query(Order_.STATUS_INDEX, null));
        assertEquals(List.of(), requests.sent());
    }

    @Test
    void streamsAreLazy() {
        try (Stream<Order> s = orders.query("c-1").limit(3).stream()) {
            assertEquals(List.of(), requests.sent(), "nothing is read before the stream is");
            assertEquals(3, s.count());
        }
        assertEquals(List.of("Query"), requests.sent(), "a limit without a filter is one request of that size");
    }

    @Test
    void combinationsOfAndOrNot() {
        Condition<Order> pendingOrPaid = Order_.status.eq(OrderStatus.PENDING).or(Order_.status.eq(OrderStatus.PAID));
        // c-1 holds orders 1..20: PENDING when i % 3 == 1, PAID when i % 3 == 0, tagged "gift" when even
        assertEquals(13, orders.query("c-1").filter(pendingOrPaid).count());
        assertEquals(7, orders.query("c-1").filter(pendingOrPaid.not()).count());
        assertEquals(6, orders.query("c-1").filter(pendingOrPaid.and(Order_.tags.contains("gift"))).count());
        assertEquals(14, orders.query("c-1").filter(pendingOrPaid.and(Order_.tags.contains("gift")).not()).count());
        assertEquals(IntStream.rangeClosed(1, 20).filter(i -> i % 3 != 0 || i > 10).count(),
                orders.query("c-1").filter(Condition.not(Order_.status.eq(OrderStatus.PAID).and(Order_.quantity.le(10))))
                        .count());
    }
}
