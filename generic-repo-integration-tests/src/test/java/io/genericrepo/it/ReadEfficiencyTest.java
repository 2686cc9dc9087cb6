package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Page;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.it.model.Customer_;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderAsyncRepository;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.it.model.Order_;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * How many requests reads send: {@code first()} and limits stop reading once they have enough,
 * on plain and parallel scans, sync and async; pages with a selective filter read whole DynamoDB
 * pages rather than asking for a few items at a time; and paging through everything with a filter
 * returns exactly what {@code list()} returns.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadEfficiencyTest {

    private static final int SMALL = 300;
    private static final int LARGE = 60;
    private static final int ORDERS = 25;
    private static final String HUNDRED_KB = "z".repeat(100_000);

    private final RequestCounter requests = new RequestCounter();
    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private CustomerRepository small;
    private CustomerRepository large;
    private CustomerAsyncRepository asyncLarge;
    private CustomerAsyncRepository asyncSmall;
    private OrderRepository orders;
    private OrderAsyncRepository asyncOrders;

    ReadEfficiencyTest(Backend backend) {
        this.client = backend.client(requests);
        this.asyncClient = backend.asyncClient(requests);
    }

    @BeforeAll
    void fill() {
        String smallTable = BackendExtension.uniqueTableName("efficient-small");
        String largeTable = BackendExtension.uniqueTableName("efficient-large");
        String orderTable = BackendExtension.uniqueTableName("efficient-orders");
        small = CustomerRepository.builder().client(client).tableName(smallTable).build();
        large = CustomerRepository.builder().client(client).tableName(largeTable).build();
        orders = OrderRepository.builder().client(client).tableName(orderTable).build();
        asyncSmall = CustomerAsyncRepository.builder().client(asyncClient).tableName(smallTable).build();
        asyncLarge = CustomerAsyncRepository.builder().client(asyncClient).tableName(largeTable).build();
        asyncOrders = OrderAsyncRepository.builder().client(asyncClient).tableName(orderTable).build();
        small.createTable();
        large.createTable();
        orders.createTable();
        small.saveAll(IntStream.range(0, SMALL)
                .mapToObj(i -> new Customer("id-" + i, i % 4 == 0 ? "Oslo" : "Bergen", "c" + i + "@example.com")).toList());
        // 6 MB: each of two segments takes three pages or so
        large.saveAll(IntStream.range(0, LARGE).mapToObj(i -> new Customer(String.format("big-%02d", i), HUNDRED_KB, null))
                .toList());
        // one partition of 25 orders of about 100 KB: a query reads it in three pages or more
        orders.saveAll(IntStream.rangeClosed(1, ORDERS).mapToObj(i -> new Order("c-1", String.format("2026-%02d", i),
                i % 3 == 0 ? OrderStatus.PAID : OrderStatus.PENDING, i, new BigDecimal(i), Instant.parse("2026-11-01T00:00:00Z"),
                List.of(HUNDRED_KB), null, null, 0L)).toList());
    }

    @BeforeEach
    void clear() {
        requests.clear();
    }

    @AfterAll
    void close() {
        small.close();
        large.close();
        orders.close();
        asyncSmall.close();
        asyncLarge.close();
        asyncOrders.close();
        client.close();
        asyncClient.close();
    }

    private long scans() {
        return requests.sent().stream().filter("Scan"::equals).count();
    }

    @Test
    void theTableNeedsSeveralPagesPerSegment() {
        assertEquals(LARGE, large.scan().parallel(2).list().size());
        assertTrue(scans() >= 6, "two segments of about 3 MB each take three pages each, took " + scans());
    }

    /** Counted once the call's workers ended, so that a Scan a worker was about to send counts here. */
    @Test
    void aSyncParallelFirstStopsEverySegmentOnceItHasAnItem() throws InterruptedException {
        int mark = ScanWorkers.mark();
        assertTrue(large.scan().parallel(2).first().isPresent());
        assertEquals(List.of(), ScanWorkers.stillRunningSince(mark));
        assertTrue(scans() <= 2, "one page per segment at most, as a plain scan reads one; took " + scans());
        requests.clear();
        mark = ScanWorkers.mark();
        assertEquals(3, large.scan().parallel(2).limit(3).list().size());
        assertEquals(List.of(), ScanWorkers.stillRunningSince(mark));
        assertTrue(scans() <= 2, "a limited parallel scan stops its segments once it has enough; took " + scans());
    }

    @Test
    void anAsyncParallelFirstStopsEverySegmentOnceItHasAnItem() {
        assertTrue(asyncLarge.scan().parallel(2).first().join().isPresent());
        assertTrue(scans() <= 2, "one page per segment at most, as a plain scan reads one; took " + scans());
        requests.clear();
        assertEquals(3, asyncLarge.scan().parallel(2).limit(3).list().join().size());
        assertTrue(scans() <= 2, "a limited parallel scan stops its segments once it has enough; took " + scans());
        requests.clear();
        List<Customer> published = new ArrayList<>();
        asyncLarge.scan().parallel(2).limit(3).stream().subscribe(published::add).join();
        assertEquals(3, published.size());
        assertTrue(scans() <= 2, "a limited parallel publisher reads no more than it publishes; took " + scans());
    }

    @Test
    void aPlainFirstReadsOnePage() {
        assertTrue(large.scan().first().isPresent());
        assertEquals(1, scans());
        requests.clear();
        assertTrue(asyncLarge.scan().first().join().isPresent());
        assertEquals(1, scans());
    }

    @Test
    void aFilteredFirstReadsUpToThePageItIsOnAndNoFurther() {
        // items 1-25 of about 100 KB: the 1 MB pages end near items 10 and 20, so item 15 is on the second
        Optional<Order> fifteen = orders.query("c-1").filter(Order_.quantity.eq(15)).first();
        assertEquals(Optional.of("2026-15"), fifteen.map(Order::orderId));
        assertEquals(List.of("Query", "Query"), requests.sent(), "the first page, then the one item 15 is on");
        requests.clear();
        assertEquals(Optional.of("2026-15"),
                asyncOrders.query("c-1").filter(Order_.quantity.eq(15)).first().join().map(Order::orderId));
        assertEquals(List.of("Query", "Query"), requests.sent());
    }

    @Test
    void anEmptyFilteredPageTakesOneRequestAsListDoes() {
        Page<Customer> none = small.scan().filter(Customer_.name.eq("Nowhere")).limit(3).page(null);
        assertEquals(List.of(), none.items());
        assertNull(none.cursor());
        assertEquals(List.of("Scan"), requests.sent(), "300 small items fit one page");
        requests.clear();
        Page<Customer> asyncNone = asyncSmall.scan().filter(Customer_.name.eq("Nowhere")).limit(3).page(null).join();
        assertEquals(List.of(), asyncNone.items());
        assertEquals(List.of("Scan"), requests.sent());
    }

    @Test
    void pagingWithAFilterReturnsExactlyWhatListReturns() {
        List<String> expected = small.scan().filter(Customer_.name.eq("Oslo")).list().stream().map(Customer::id).toList();
        assertEquals(SMALL / 4, expected.size());
        requests.clear();
        List<String> paged = pageThrough(cursor -> small.scan().filter(Customer_.name.eq("Oslo")).limit(7).page(cursor));
        assertEquals(expected, paged, "no item skipped or repeated, in the same order");
        assertTrue(scans() <= 12, "eleven pages of 7 (the last short), each from the one DynamoDB page; took " + scans());
        List<String> asyncPaged = pageThrough(
                cursor -> asyncSmall.scan().filter(Customer_.name.eq("Oslo")).limit(7).page(cursor).join());
        assertEquals(expected, asyncPaged);
    }

    @Test
    void pagingAFilteredQueryAcrossDynamoDbPagesReturnsWhatListReturns() {
        List<String> expected = orders.query("c-1").filter(Order_.status.eq(OrderStatus.PAID)).list().stream()
                .map(Order::orderId).toList();
        assertEquals(8, expected.size());
        for (int limit : new int[] {1, 3, 5}) {
            List<String> paged = pageThroughOrders(cursor -> orders.query("c-1").filter(Order_.status.eq(OrderStatus.PAID))
                    .limit(limit).page(cursor));
            assertEquals(expected, paged, "pages of " + limit);
            List<String> asyncPaged = pageThroughOrders(cursor -> asyncOrders.query("c-1")
                    .filter(Order_.status.eq(OrderStatus.PAID)).limit(limit).page(cursor).join());
            assertEquals(expected, asyncPaged, "async pages of " + limit);
        }
        List<String> descending = pageThroughOrders(cursor -> orders.query("c-1").filter(Order_.status.eq(OrderStatus.PAID))
                .descending().limit(3).page(cursor));
        List<String> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
        List<String> byIndex = pageThroughOrders(cursor -> orders.query(Order_.STATUS_INDEX, OrderStatus.PENDING)
                .filter(Order_.quantity.gt(10)).limit(4).page(cursor));
        assertEquals(orders.query(Order_.STATUS_INDEX, OrderStatus.PENDING).filter(Order_.quantity.gt(10)).list().stream()
                .map(Order::orderId).toList(), byIndex, "an index query's cursor carries the index keys too");
    }

    private static List<String> pageThrough(Function<String, Page<Customer>> page) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Customer> p = page.apply(cursor);
            p.items().forEach(c -> seen.add(c.id()));
            cursor = p.cursor();
            pages++;
        } while (cursor != null && pages < 500);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no item twice");
        return seen;
    }

    private static List<String> pageThroughOrders(Function<String, Page<Order>> page) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Order> p = page.apply(cursor);
            p.items().forEach(o -> seen.add(o.orderId()));
            cursor = p.cursor();
            pages++;
        } while (cursor != null && pages < 500);
        return seen;
    }
}
