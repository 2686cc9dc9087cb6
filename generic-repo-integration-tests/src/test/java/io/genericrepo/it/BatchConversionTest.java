package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.BatchWriteException;
import io.genericrepo.BuilderSettings;
import io.genericrepo.it.model.CountingConverter;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.Money;
import io.genericrepo.it.model.Tally;
import io.genericrepo.it.model.TallyAsyncRepository;
import io.genericrepo.it.model.TallyRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * How {@code saveAll} and {@code deleteAll} convert and send: every item is checked before the
 * first request, then each request's items are converted just before it is sent (so no more than
 * {@code maxConcurrency} requests' items are held at once); a sync repository sends from
 * {@code maxConcurrency} threads when it is set and from the caller's thread alone when not.
 * Conversions are counted by {@link CountingConverter}, observed at each request by an interceptor.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchConversionTest {

    private final Sends sends = new Sends();
    private final AsyncStreamingTest.InFlight inFlight = new AsyncStreamingTest.InFlight();
    private final RequestCounter requests = new RequestCounter();
    private final Backend backend;
    private final DynamoDbClient sync;
    private final DynamoDbAsyncClient async;

    BatchConversionTest(Backend backend) {
        this.backend = backend;
        this.sync = backend.client(sends, inFlight, requests);
        this.async = backend.asyncClient(sends, inFlight, requests);
    }

    @AfterAll
    void close() {
        sync.close();
        async.close();
    }

    /** What each BatchWriteItem carried, and how many items had been converted when it was sent. */
    static final class Sends implements ExecutionInterceptor {
        final List<Integer> convertedAtSend = new CopyOnWriteArrayList<>();
        final List<Integer> answeredAtSend = new CopyOnWriteArrayList<>();
        final List<String> ids = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final AtomicInteger answered = new AtomicInteger();

        @Override
        public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest batch) {
                convertedAtSend.add(CountingConverter.WRITES.get());
                answeredAtSend.add(answered.get());
                threads.add(Thread.currentThread().getName());
                for (List<WriteRequest> writes : batch.requestItems().values()) {
                    for (WriteRequest w : writes) {
                        ids.add(w.putRequest() != null ? w.putRequest().item().get("id").s()
                                : w.deleteRequest().key().get("id").s());
                    }
                }
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest) {
                answered.incrementAndGet();
            }
        }

        void clear() {
            convertedAtSend.clear();
            answeredAtSend.clear();
            ids.clear();
            threads.clear();
            answered.set(0);
            CountingConverter.WRITES.set(0);
        }
    }

    private Repo<Tally, String, String> tallies(Flavour f, Consumer<BuilderSettings<?>> settings) {
        String table = BackendExtension.uniqueTableName("tallies");
        Repo<Tally, String, String> repo;
        if (f == Flavour.SYNC) {
            TallyRepository.Builder b = TallyRepository.builder().client(sync).tableName(table);
            settings.accept(b);
            repo = Repo.sync(b.build());
        } else {
            TallyAsyncRepository.Builder b = TallyAsyncRepository.builder().client(async).tableName(table);
            settings.accept(b);
            repo = Repo.async(b.build());
        }
        repo.createTable();
        sends.clear();
        requests.clear();
        inFlight.most.set(0);
        return repo;
    }

    private static List<Tally> tallies(int n) {
        return IntStream.range(0, n).mapToObj(i -> tally(String.format("t-%04d", i), i)).toList();
    }

    private static Tally tally(String id, int cents) {
        return new Tally(id, new Money("EUR", BigDecimal.valueOf(cents, 2)));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void oneRequestAtATimeConvertsEachRequestsItemsJustBeforeSendingIt(Flavour f) {
        try (Repo<Tally, String, String> tallies = tallies(f, b -> b.maxConcurrency(1))) {
            tallies.saveAll(tallies(1000));
            assertEquals(40, sends.convertedAtSend.size(), "1000 items in requests of 25");
            for (int r = 0; r < 40; r++) {
                assertEquals(1000 + 25 * (r + 1), sends.convertedAtSend.get(r), "request " + r + ": every item"
                        + " checked once, then the items of this request and those before it converted again");
            }
            assertEquals(1000, tallies.count());
            assertEquals(tally("t-0999", 999), tallies.load("t-0999").orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void atMostMaxConcurrencyRequestsItemsAreConvertedAheadOfTheirAnswers(Flavour f) {
        try (Repo<Tally, String, String> tallies = tallies(f, b -> b.maxConcurrency(3))) {
            tallies.saveAll(tallies(1000));
            assertEquals(40, sends.convertedAtSend.size());
            assertTrue(sends.convertedAtSend.get(0) <= 1000 + 25 * 3,
                    "the first request goes once its own items (and at most two others') are converted, found "
                            + sends.convertedAtSend.get(0));
            for (int r = 0; r < 40; r++) {
                int ahead = sends.convertedAtSend.get(r) - 1000 - 25 * sends.answeredAtSend.get(r);
                assertTrue(ahead <= 25 * 3, "request " + r + ": at most three requests' items converted and not yet"
                        + " answered, found " + ahead + " items");
            }
            assertEquals(1000, tallies.count());
        }
    }

    @Test
    void aSyncRepositorySendsFromTheCallersThreadUnlessMaxConcurrencyIsSet() {
        try (Repo<Tally, String, String> tallies = tallies(Flavour.SYNC, b -> { })) {
            tallies.saveAll(tallies(300));
            assertEquals(1, inFlight.most.get(), "one request at a time");
            assertEquals(Set.of(Thread.currentThread().getName()), Set.copyOf(sends.threads), "all on the caller's thread");
            assertEquals(300, tallies.count());
        }
    }

    @Test
    void aSyncRepositoryWithMaxConcurrencyKeepsAtMostThatManyRequestsInFlight() {
        try (Repo<Tally, String, String> tallies = tallies(Flavour.SYNC, b -> b.maxConcurrency(3))) {
            inFlight.holdUntilSecond = true;
            tallies.saveAll(tallies(500));
            assertTrue(inFlight.most.get() >= 2 && inFlight.most.get() <= 3,
                    "between 2 and 3 requests in flight at once, found " + inFlight.most.get());
            Set<String> threads = Set.copyOf(sends.threads);
            assertTrue(threads.size() <= 3 && threads.stream().allMatch(t -> t.startsWith("generic-repo-batch-")),
                    "sent from at most three threads of the call's own: " + threads);
            assertEquals(500, tallies.count());
            assertEquals(500, new TreeSet<>(sends.ids).size(), "each item sent once");

            inFlight.most.set(0);
            inFlight.holdUntilSecond = true;
            sends.clear();
            tallies.deleteAll(IntStream.range(0, 500).mapToObj(i -> String.format("t-%04d", i)).toList());
            assertTrue(inFlight.most.get() >= 2 && inFlight.most.get() <= 3, "deletes too, found " + inFlight.most.get());
            assertEquals(0, tallies.count());
            assertEquals(0, CountingConverter.WRITES.get(), "deleting converts keys, never items");
        } finally {
            inFlight.holdUntilSecond = false;
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void theLastWriteOfAKeyWinsAtItsOwnPositionAcrossRequests(Flavour f) {
        try (Repo<Tally, String, String> tallies = tallies(f, b -> b.maxConcurrency(1))) {
            List<Tally> items = new ArrayList<>(tallies(60));
            items.add(30, tally("t-0005", 5_00)); // replaces the first request's t-0005, sent in the second
            items.add(tally("Aa", 1)); // "Aa" and "BB" have one hash code: told apart, both written
            items.add(tally("BB", 2));
            items.add(tally("Aa", 3));
            tallies.saveAll(items);
            List<String> expected = new ArrayList<>(items.stream().map(Tally::id).toList());
            expected.remove(5);
            expected.remove(60); // the first "Aa"
            assertEquals(expected, sends.ids, "in order, each key once, at the position of its last write");
            assertEquals(3, sends.convertedAtSend.size(), "62 writes in requests of 25");
            assertEquals(62, tallies.count());
            assertEquals(tally("t-0005", 5_00), tallies.load("t-0005").orElseThrow());
            assertEquals(tally("Aa", 3), tallies.load("Aa").orElseThrow());
            assertEquals(tally("BB", 2), tallies.load("BB").orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void badInputAnywhereInTheBatchSendsNothing(Flavour f) {
        try (Repo<Tally, String, String> tallies = tallies(f, b -> b.maxConcurrency(2))) {
            List<Tally> withEmptyKey = new ArrayList<>(tallies(1000));
            withEmptyKey.set(990, tally("", 1));
            IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                    () -> tallies.saveAll(withEmptyKey));
            assertTrue(empty.getMessage().contains("id"), empty.getMessage());
            List<Tally> withNull = new ArrayList<>(tallies(1000));
            withNull.add(null);
            NullPointerException none = assertThrows(NullPointerException.class, () -> tallies.saveAll(withNull));
            assertEquals("the Tally to save must not be null", none.getMessage());
            List<String> keys = new ArrayList<>(Arrays.asList("a", "b"));
            keys.addAll(IntStream.range(0, 100).mapToObj(i -> "k-" + i).toList());
            keys.add("");
            assertThrows(IllegalArgumentException.class, () -> tallies.deleteAll(keys));
            assertEquals(List.of(), requests.sent(), "nothing was sent");
            assertEquals(0, tallies.count());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void withRequestsInFlightTogetherTheExceptionStillListsExactlyTheUnwrittenItems(Flavour f) {
        BatchFaults faults = new BatchFaults(0.2, 0.1, key -> key.get("id").s().startsWith("poison"));
        Flavour.Clients clients = new Flavour.Clients(backend.clientWithoutRetries(faults),
                backend.asyncClientWithoutRetries(faults));
        try (Repo<Customer, String, String> customers = f.customers(clients, "inflight-exhausted", b -> b
                .batchRetries(30, Duration.ofMillis(1), Duration.ofMillis(2)).maxConcurrency(3))) {
            customers.createTable();
            List<Customer> items = IntStream.range(0, 300)
                    .mapToObj(i -> new Customer((i % 50 == 9 ? "poison-" : "ok-") + i, "n" + i, null)).toList();
            BatchWriteException e = assertThrows(BatchWriteException.class, () -> customers.saveAll(items));
            Set<String> reported = e.<Customer>unprocessed().stream().map(Customer::id).collect(Collectors.toSet());
            assertEquals(Set.of("poison-9", "poison-59", "poison-109", "poison-159", "poison-209", "poison-259"), reported);
            assertEquals(6, e.unprocessed().size(), "each listed once");
            assertEquals(300, e.total());
            assertEquals(294, customers.count(), "every other item was written");
        } finally {
            clients.sync().close();
            clients.async().close();
        }
    }
}
