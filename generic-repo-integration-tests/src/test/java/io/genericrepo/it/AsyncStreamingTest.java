package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/**
 * What only the async repository has: publishers that read a page only when there is demand and
 * stop on cancel, and batches that keep at most {@code maxConcurrency} requests in flight.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncStreamingTest {

    private static final String HUNDRED_KB = "y".repeat(100_000);

    private final RequestCounter requests = new RequestCounter();
    private final InFlight inFlight = new InFlight();
    private final DynamoDbAsyncClient client;
    private CustomerAsyncRepository large;

    AsyncStreamingTest(Backend backend) {
        this.client = backend.asyncClient(requests, inFlight);
    }

    /** Counts BatchWriteItem requests under way at once. */
    static final class InFlight implements ExecutionInterceptor {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest) {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest) {
                now.decrementAndGet();
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
    }

    @Test
    void aPublisherReadsAPageOnlyWhenThereIsDemandAndStopsOnCancel() throws Exception {
        requests.clear();
        List<Customer> received = new CopyOnWriteArrayList<>();
        AtomicReference<Subscription> subscription = new AtomicReference<>();
        CompletableFuture<Void> firstTwo = new CompletableFuture<>();
        large.scan().stream().subscribe(new Subscriber<Customer>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
                s.request(2);
            }

            @Override
            public void onNext(Customer c) {
                received.add(c);
                if (received.size() == 2) {
                    firstTwo.complete(null);
                }
            }

            @Override
            public void onError(Throwable t) {
                firstTwo.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                firstTwo.complete(null);
            }
        });
        firstTwo.get(30, TimeUnit.SECONDS);
        Thread.sleep(200);
        assertEquals(2, received.size(), "no more than asked for");
        assertEquals(List.of("Scan"), requests.sent(), "one page of about 1 MB serves the first items");
        subscription.get().cancel();
        Thread.sleep(200);
        assertEquals(List.of("Scan"), requests.sent(), "nothing is read after cancel");
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
        try (CustomerAsyncRepository small = CustomerAsyncRepository.builder().client(client).maxConcurrency(3)
                .batchRetries(5, Duration.ofMillis(1), Duration.ofMillis(5))
                .tableName(BackendExtension.uniqueTableName("async-inflight")).build()) {
            small.createTable().join();
            small.saveAll(IntStream.range(0, 500).mapToObj(i -> new Customer("id-" + i, "n", null)).toList()).join();
            assertEquals(500, small.count().join());
            assertTrue(inFlight.most.get() >= 2 && inFlight.most.get() <= 3,
                    "between 2 and 3 requests in flight at once, found " + inFlight.most.get());
        }
    }
}
