package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/**
 * What only the async repository has: publishers that read a page only when there is demand and
 * stop on cancel, and batches that keep at most {@code maxConcurrency} requests in flight. No
 * sleeps: the client completes its futures on one thread of the test's, and a task queued there
 * runs only after every signal already on its way, so "nothing more happened" is checked after
 * everything that could happen has.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncStreamingTest {

    private static final String HUNDRED_KB = "y".repeat(100_000);

    private final RequestCounter requests = new RequestCounter();
    private final InFlight inFlight = new InFlight();
    /** The client completes its futures on this one thread, so a task queued on it runs after every signal before. */
    private final ExecutorService signals = Executors.newSingleThreadExecutor();
    private final DynamoDbAsyncClient client;
    private CustomerAsyncRepository large;

    AsyncStreamingTest(Backend backend) {
        this.client = backend.asyncClient(signals, requests, inFlight);
    }

    /**
     * Counts BatchWriteItem requests under way at once. A fast backend (the engine) can answer the
     * first request before the repository sends the second, so the first response is held back
     * (on the backend's thread, never the caller's: the engine's hooks run off the caller's thread
     * even when it answered before the call returned) until a second request has started, or for at
     * most thirty seconds: a repository that waits for one batch before sending the next still shows
     * one request in flight, and one that keeps several in flight shows them however loaded the machine.
     */
    static final class InFlight implements ExecutionInterceptor {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        /** Set by the one test that counts; other tests' batches are not held. */
        volatile boolean holdUntilSecond;
        private final Object changed = new Object();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest) {
                synchronized (changed) {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    changed.notifyAll();
                }
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest) {
                if (holdUntilSecond) {
                    awaitSecondRequest();
                    holdUntilSecond = false; // once is enough: a serial repository waits thirty seconds, not per batch
                }
                now.decrementAndGet();
            }
        }

        private void awaitSecondRequest() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            synchronized (changed) {
                long left;
                while (most.get() < 2 && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(changed, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @BeforeAll
    void fill() {
        large = CustomerAsyncRepository.builder().client(client).maxConcurrency(3)
                .tableName(BackendExtension.uniqueTableName("async-large")).build();
        large.createTable().join();
        large.saveAll(IntStream.range(0, 25).mapToObj(i -> new Customer(String.format("big-%02d", i), HUNDRED_KB, null))
                .toList()).join();
    }

    @AfterAll
    void close() {
        large.close();
        client.close();
        signals.shutdownNow();
    }

    /** A subscriber that requests only when told to, and notes every item that came without demand. */
    static final class Demanding implements Subscriber<Customer> {
        final AtomicReference<Subscription> subscription = new AtomicReference<>();
        final AtomicLong requested = new AtomicLong();
        final AtomicInteger received = new AtomicInteger();
        final AtomicInteger withoutDemand = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile CountDownLatch arrived = new CountDownLatch(0);

        void request(int n) {
            arrived = new CountDownLatch(n);
            requested.addAndGet(n); // before asking, so that an item the request brings is never counted unasked
            subscription.get().request(n);
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription.set(s);
        }

        @Override
        public void onNext(Customer c) {
            if (received.incrementAndGet() > requested.get()) {
                withoutDemand.incrementAndGet();
            }
            arrived.countDown();
        }

        @Override
        public void onError(Throwable t) {
            failure.set(t);
        }

        @Override
        public void onComplete() {
            failure.set(new AssertionError("completed early"));
        }
    }

    /** Waits until every signal already handed to the client's completion thread has been delivered. */
    private void quiesce() throws Exception {
        signals.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aPublisherReadsAPageOnlyWhenThereIsDemandAndStopsOnCancel() throws Exception {
        requests.clear();
        Demanding subscriber = new Demanding();
        large.scan().stream().subscribe(subscriber);
        assertEquals(List.of("Scan"), requests.sent(), "the first page is read on subscribe");
        subscriber.request(2);
        assertTrue(subscriber.arrived.await(30, TimeUnit.SECONDS));
        quiesce(); // every page callback has run: whatever the publisher would do unasked, it has done
        assertEquals(2, subscriber.received.get(), "no more than asked for");
        assertEquals(0, subscriber.withoutDemand.get());
        assertEquals(List.of("Scan"), requests.sent(), "one page of about 1 MB serves the first items");
        subscriber.request(3);
        assertTrue(subscriber.arrived.await(30, TimeUnit.SECONDS));
        quiesce();
        assertEquals(5, subscriber.received.get());
        assertEquals(List.of("Scan"), requests.sent(), "still from the first page");
        subscriber.subscription.get().cancel();
        subscriber.subscription.get().request(20); // a cancelled subscription ignores demand (rule 3.6)
        quiesce();
        assertEquals(5, subscriber.received.get(), "nothing is delivered after cancel");
        assertEquals(List.of("Scan"), requests.sent(), "nothing is read after cancel");
        assertEquals(null, subscriber.failure.get());
    }

    @Test
    void aPublisherReadsTheNextPageOnlyWhenTheBufferedOneIsUsedUp() throws Exception {
        requests.clear();
        Demanding subscriber = new Demanding();
        large.scan().stream().subscribe(subscriber);
        int asked = 0;
        while (requests.sent().size() == 1 && asked < 25) {
            subscriber.request(1);
            asked++;
            assertTrue(subscriber.arrived.await(30, TimeUnit.SECONDS), "item " + asked);
            quiesce();
        }
        assertEquals(List.of("Scan", "Scan"), requests.sent(), "the second page, once the first was used up");
        assertTrue(asked >= 9 && asked <= 12, "a page of about 1 MB holds about ten items of 100 KB, found " + (asked - 1));
        assertEquals(0, subscriber.withoutDemand.get());
        subscriber.subscription.get().cancel();
    }

    /**
     * Rule 1.3: no {@code onNext} while {@code onSubscribe} is still running on another thread. The
     * subscriber requests in {@code onSubscribe} and, if that request already sent a read, stays in
     * {@code onSubscribe} until an item arrives (at most ten seconds): a publisher that signals the
     * page's items from the client's thread at once is caught in the act, whatever the timing.
     */
    @Test
    void aPublisherSignalsNothingWhileOnSubscribeIsStillRunning() throws Exception {
        requests.clear();
        AtomicInteger insideOnSubscribe = new AtomicInteger();
        AtomicInteger duringOnSubscribe = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        List<String> ids = new CopyOnWriteArrayList<>();
        large.scan().limit(1).stream().subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                insideOnSubscribe.set(1);
                s.request(1);
                if (!requests.sent().isEmpty()) {
                    try {
                        first.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                insideOnSubscribe.set(0);
            }

            @Override
            public void onNext(Customer c) {
                duringOnSubscribe.addAndGet(insideOnSubscribe.get());
                ids.add(c.id());
                first.countDown();
            }

            @Override
            public void onError(Throwable t) {
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });
        assertTrue(done.await(30, TimeUnit.SECONDS), "the publisher ends");
        assertEquals(1, ids.size(), "the one item asked for arrives, after onSubscribe returned");
        assertEquals(0, duringOnSubscribe.get(), "onNext signalled while onSubscribe was still running");
    }

    @Test
    void aPublisherDeliversEverythingAcrossPages() {
        List<Customer> all = new CopyOnWriteArrayList<>();
        large.scan().stream().subscribe(all::add).join();
        assertEquals(25, all.size());
        List<Customer> seven = new CopyOnWriteArrayList<>();
        large.scan().limit(7).stream().subscribe(seven::add).join();
        assertEquals(7, seven.size(), "the query's limit ends the publisher");
    }

    @Test
    void asyncBatchesKeepAtMostMaxConcurrencyRequestsInFlight() {
        inFlight.most.set(0);
        inFlight.holdUntilSecond = true;
        try (CustomerAsyncRepository small = CustomerAsyncRepository.builder().client(client).maxConcurrency(3)
                .batchRetries(5, Duration.ofMillis(1), Duration.ofMillis(5))
                .tableName(BackendExtension.uniqueTableName("async-inflight")).build()) {
            small.createTable().join();
            small.saveAll(IntStream.range(0, 500).mapToObj(i -> new Customer("id-" + i, "n", null)).toList()).join();
            assertEquals(500, small.count().join());
            assertTrue(inFlight.most.get() >= 2 && inFlight.most.get() <= 3,
                    "between 2 and 3 requests in flight at once, found " + inFlight.most.get());
        } finally {
            inFlight.holdUntilSecond = false;
        }
    }
}
