package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Page;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.it.model.Customer_;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Scans: filters, counts, parallel segments, and paging through items large enough that DynamoDB's
 * 1 MB page limit splits the results, read one page at a time.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanTest {

    private static final int SMALL = 300;
    private static final int LARGE = 25;
    private static final String HUNDRED_KB = "x".repeat(100_000);

    private final RequestCounter requests = new RequestCounter();
    private final DynamoDbClient client;
    private CustomerRepository small;
    private CustomerRepository large;

    ScanTest(Backend backend) {
        this.client = backend.client(requests);
    }

    @BeforeAll
    void fill() {
        small = CustomerRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("scan")).build();
        large = CustomerRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("scan-large")).build();
        small.createTable();
        large.createTable();
        for (int i = 0; i < SMALL; i++) {
            small.save(new Customer("id-" + i, i % 4 == 0 ? "Oslo" : "Bergen", "c" + i + "@example.com"));
        }
        for (int i = 0; i < LARGE; i++) {
            large.save(new Customer(String.format("big-%02d", i), HUNDRED_KB, null));
        }
    }

    @BeforeEach
    void clear() {
        requests.clear();
    }

    @AfterAll
    void close() {
        small.close();
        large.close();
        client.close();
    }

    @Test
    void scanFilterAndCount() {
        assertEquals(SMALL, small.scan().list().size());
        assertEquals(SMALL / 4, small.scan().filter(Customer_.name.eq("Oslo")).list().size());
        assertEquals(SMALL / 4, small.count(Customer_.name.eq("Oslo")));
        assertEquals(SMALL, small.count());
        assertEquals(0, small.count(Customer_.email.beginsWith("nobody")));
        assertEquals(10, small.scan().limit(10).list().size());
    }

    @Test
    void approximateCountComesFromDescribeTable() {
        long approximate = small.approximateCount();
        assertEquals(List.of("DescribeTable"), requests.sent());
        assertTrue(approximate >= 0 && approximate <= SMALL, "DynamoDB refreshes it every six hours; found " + approximate);
    }

    @Test
    void parallelSegmentsReturnEveryItemExactlyOnce() {
        for (int segments : new int[] {2, 3, 7}) {
            List<String> ids;
            try (Stream<Customer> s = small.scan().parallel(segments).stream()) {
                ids = s.map(Customer::id).toList();
            }
            assertEquals(SMALL, ids.size(), segments + " segments");
            assertEquals(SMALL, new HashSet<>(ids).size(), "no duplicates with " + segments + " segments");
            assertTrue(requests.sent().size() >= segments, "each segment was read");
            requests.clear();
        }
        assertEquals(SMALL / 4, small.scan().parallel(4).filter(Customer_.name.eq("Oslo")).count());
        assertEquals(SMALL / 4, small.scan().parallel(4).filter(Customer_.name.eq("Oslo")).list().size());
    }

    @Test
    void aParallelScanHasNoSingleCursor() {
        assertThrows(IllegalArgumentException.class, () -> small.scan().parallel(2).page(null));
    }

    @Test
    void largeItemsCrossTheOneMegabytePageAndStreamPageByPage() {
        try (Stream<Customer> s = large.scan().stream()) {
            Iterator<Customer> it = s.iterator();
            for (int i = 0; i < 5; i++) {
                assertEquals(100_000, it.next().name().length());
            }
            assertEquals(List.of("Scan"), requests.sent(), "five items come from the first page alone");
            int read = 5;
            while (it.hasNext()) {
                it.next();
                read++;
            }
            assertEquals(LARGE, read);
        }
        int scans = requests.sent().size();
        assertTrue(scans >= 3, "25 items of 100 KB need three 1 MB pages or more, took " + scans);
    }

    @Test
    void pagesWithoutALimitAreDynamoDbPages() {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        List<Integer> sizes = new ArrayList<>();
        do {
            Page<Customer> page = large.scan().page(cursor);
            page.items().forEach(c -> seen.add(c.id()));
            sizes.add(page.items().size());
            cursor = page.cursor();
        } while (cursor != null);
        assertEquals(IntStream.range(0, LARGE).mapToObj(i -> String.format("big-%02d", i)).collect(Collectors.toSet()), seen);
        // a page ends with the item that takes it past 1 MB: about ten items of 100 KB
        assertTrue(sizes.size() >= 3 && sizes.stream().allMatch(n -> n <= 11), "pages of about 1 MB: " + sizes);
    }

    @Test
    void aQueryOfLargeItemsFollowsPagesToo() {
        String id = "big-07";
        assertEquals(1, large.findAll(id).size());
        assertEquals(List.of("Query"), requests.sent());
    }
}
