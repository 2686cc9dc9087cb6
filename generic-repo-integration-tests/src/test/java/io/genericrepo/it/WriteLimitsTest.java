package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Update;
import io.genericrepo.it.model.Blob;
import io.genericrepo.it.model.BlobAsyncRepository;
import io.genericrepo.it.model.BlobRepository;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.it.model.Labelled;
import io.genericrepo.it.model.LabelledAsyncRepository;
import io.genericrepo.it.model.LabelledKey;
import io.genericrepo.it.model.LabelledRepository;
import io.genericrepo.it.model.Labelled_;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderStatus;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DynamoDB's limits on items and keys, checked before anything is sent: the item size (400 KB),
 * key lengths (2048 and 1024 bytes), and empty index keys (which dynalite stores but DynamoDB
 * refuses; so each test asserts that nothing was sent, which holds on any server).
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteLimitsTest {

    private static final int MAX_ITEM = 400 * 1024;

    private final Parity parity;

    WriteLimitsTest(Backend backend) {
        this.parity = new Parity(backend);
    }

    @AfterAll
    void close() {
        parity.close();
    }

    private Repo<Customer, String, String> customers(Flavour f) {
        return parity.repo(f, "limits", (c, t) -> CustomerRepository.builder().client(c).tableName(t).build(),
                (c, t) -> CustomerAsyncRepository.builder().client(c).tableName(t).build());
    }

    /** A customer whose item is exactly {@code bytes} long: names "id" and "name", and their values. */
    private static Customer ofSize(String id, int bytes) {
        return new Customer(id, "x".repeat(bytes - "id".length() - id.length() - "name".length()), null);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void anItemOver400KbIsRefusedBeforeSending(Flavour f) {
        try (Repo<Customer, String, String> customers = customers(f)) {
            Customer largest = customers.save(ofSize("edge", MAX_ITEM));
            assertEquals(largest, customers.load("edge").orElseThrow(), "exactly 400 KB is stored");
            parity.sent.clear();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> customers.save(ofSize("big", MAX_ITEM + 1)));
            assertEquals("Customer in table " + customers.tableName() + " (id=big): the item is 409601 bytes, over"
                    + " DynamoDB's limit of 409600 bytes (400 KB); its largest attribute is name (409596 bytes)",
                    e.getMessage());
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void oneItemOver400KbInABatchSendsNothing(Flavour f) {
        try (Repo<Customer, String, String> customers = customers(f)) {
            List<Customer> batch = new ArrayList<>(IntStream.range(0, 24).mapToObj(i -> new Customer("c-" + i, "n", null)).toList());
            batch.add(12, ofSize("big", MAX_ITEM + 100));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> customers.saveAll(batch));
            assertTrue(e.getMessage().startsWith("Customer in table " + customers.tableName() + " (id=big): the item is"
                    + " 409700 bytes"), e.getMessage());
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
            assertEquals(0, customers.count());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aNestedListOrMapCountsItsOverheads(Flavour f) {
        try (Repo<Order, OrderKey, String> orders = f.orders(new Flavour.Clients(parity.sync, parity.async), "lists",
                b -> { })) {
            orders.createTable();
            parity.sent.clear();
            // 100 elements of 4095 bytes, 1 byte more for each element and 3 for the list, 4 for its name
            List<String> tags = IntStream.range(0, 100).mapToObj(i -> "t".repeat(4095)).toList();
            Order order = new Order("c", "o", OrderStatus.PENDING, 1, null, null, tags, null, null, 0L);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> orders.save(order));
            assertTrue(e.getMessage().contains("its largest attribute is tags (409607 bytes)"), e.getMessage());
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void keysOverDynamoDbsLengthsAreRefused(Flavour f) {
        try (Repo<Customer, String, String> customers = customers(f);
                Repo<Order, OrderKey, String> orders = f.orders(new Flavour.Clients(parity.sync, parity.async),
                        "longkeys", b -> { });
                Repo<Blob, byte[], byte[]> blobs = parity.repo(f, "longblobs",
                        (c, t) -> BlobRepository.builder().client(c).tableName(t).build(),
                        (c, t) -> BlobAsyncRepository.builder().client(c).tableName(t).build())) {
            orders.createTable();
            String longest = "k".repeat(2048);
            assertEquals(longest, customers.save(new Customer(longest, "n", null)).id(), "2048 bytes is allowed");
            parity.sent.clear();
            String over = "é".repeat(1025); // 1025 characters, 2050 bytes in UTF-8
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> customers.save(new Customer(over, "n", null)));
            assertEquals("Customer in table " + customers.tableName() + " (id=" + "é".repeat(32) + "… (2050 bytes)):"
                    + " key attribute id is 2050 bytes, over DynamoDB's limit of 2048 bytes for a partition key",
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> customers.saveAll(List.of(new Customer(over, "n", null))));
            assertThrows(IllegalArgumentException.class, () -> customers.load(over));
            assertThrows(IllegalArgumentException.class, () -> customers.delete(over));
            IllegalArgumentException sort = assertThrows(IllegalArgumentException.class,
                    () -> orders.save(new Order("c", "s".repeat(1025), OrderStatus.PENDING, 1, null, null, null, null, null, 0L)));
            assertTrue(sort.getMessage().endsWith(": key attribute orderId is 1025 bytes, over DynamoDB's limit of 1024"
                    + " bytes for a sort key"), sort.getMessage());
            assertThrows(IllegalArgumentException.class, () -> orders.load(new OrderKey("c", "s".repeat(1025))));
            IllegalArgumentException binary = assertThrows(IllegalArgumentException.class,
                    () -> blobs.save(new Blob(new byte[2049], "text/plain")));
            assertTrue(binary.getMessage().endsWith(": key attribute key is 2049 bytes, over DynamoDB's limit of 2048"
                    + " bytes for a partition key"), binary.getMessage());
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
        }
    }

    private Repo<Labelled, LabelledKey, String> labelled(Flavour f) {
        return parity.repo(f, "labelled", (c, t) -> LabelledRepository.builder().client(c).tableName(t).build(),
                (c, t) -> LabelledAsyncRepository.builder().client(c).tableName(t).build());
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void anEmptyIndexKeyIsRefused(Flavour f) {
        try (Repo<Labelled, LabelledKey, String> labelled = labelled(f)) {
            Labelled sparse = labelled.save(new Labelled("a", "1", null, null));
            assertEquals("a", sparse.id(), "a missing index key leaves the item out of the index");
            Labelled full = labelled.save(new Labelled("a", "2", "red", new byte[] {1}));
            assertArrayEquals(new byte[] {1}, full.blob());
            parity.sent.clear();
            IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                    () -> labelled.save(new Labelled("a", "3", "", null)));
            assertEquals("Labelled in table " + labelled.tableName() + " (id=a, part=3): attribute label is empty, but"
                    + " it is a key of index by-label, and DynamoDB refuses empty index keys; leave it null to keep the"
                    + " item out of the index", label.getMessage());
            IllegalArgumentException blob = assertThrows(IllegalArgumentException.class,
                    () -> labelled.saveAll(List.of(new Labelled("a", "4", "ok", null), new Labelled("a", "5", "x", new byte[0]))));
            assertTrue(blob.getMessage().contains("(id=a, part=5): attribute blob is empty, but it is a key of index"
                    + " by-blob"), blob.getMessage());
            IllegalArgumentException update = assertThrows(IllegalArgumentException.class,
                    () -> labelled.update(new LabelledKey("a", "2"), Update.of(Labelled_.label.set(""))));
            assertEquals("An update of Labelled in table " + labelled.tableName() + " (id=a, part=2) sets label to an"
                    + " empty value, but it is a key of index by-label, and DynamoDB refuses empty index keys; remove it"
                    + " instead to take the item out of the index", update.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> labelled.update(new LabelledKey("a", "2"), Update.of(Labelled_.blob.set(new byte[0]))));
            IllegalArgumentException longLabel = assertThrows(IllegalArgumentException.class,
                    () -> labelled.save(new Labelled("a", "6", "l".repeat(2049), null)));
            assertTrue(longLabel.getMessage().endsWith("(id=a, part=6): attribute label is 2049 bytes, over DynamoDB's"
                    + " limit of 2048 bytes for the partition key of index by-label"), longLabel.getMessage());
            IllegalArgumentException longBlob = assertThrows(IllegalArgumentException.class,
                    () -> labelled.save(new Labelled("a", "7", "ok", new byte[1025])));
            assertTrue(longBlob.getMessage().endsWith("attribute blob is 1025 bytes, over DynamoDB's limit of 1024 bytes"
                    + " for the sort key of index by-blob"), longBlob.getMessage());
            assertEquals(List.of(), parity.sent.names(), "nothing was sent");
            assertEquals("red", labelled.load(new LabelledKey("a", "2")).orElseThrow().label());
        }
    }
}
