package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The workers of a parallel scan: no more threads than {@code maxConcurrency} however many
 * segments, none left behind by a stream closed early, and an {@link Error} in one of them reaches
 * the reader instead of leaving it waiting.
 */
@ExtendWith(BackendExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelScanWorkersTest {

    private static final int ITEMS = 400;
    private static final long WORKER_END_MILLIS = ScanWorkers.END_MILLIS;

    /** What an interceptor throws into a worker: an Error, not an exception. */
    static final class InjectedError extends Error {
        private static final long serialVersionUID = 1L;

        InjectedError() {
            super("injected into a segment's Scan");
        }
    }

    /** Records the threads that send segment Scans, and throws an Error into them when asked to. */
    static final class Segments implements ExecutionInterceptor {
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        volatile boolean fail;

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof ScanRequest scan && scan.segment() != null) {
                now.decrementAndGet();
            }
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof ScanRequest scan && scan.segment() != null) {
                now.decrementAndGet();
            }
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof ScanRequest scan && scan.segment() != null) {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                threads.add(Thread.currentThread());
                if (fail && scan.segment() == 1) {
                    throw new InjectedError();
                }
            }
        }
    }

    private final Segments segments = new Segments();
    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private CustomerRepository customers;
    private CustomerAsyncRepository asyncCustomers;

    ParallelScanWorkersTest(Backend backend) {
        this.client = backend.client(segments);
        this.asyncClient = backend.asyncClient(segments);
    }

    @BeforeAll
    void fill() {
        String table = BackendExtension.uniqueTableName("workers");
        customers = CustomerRepository.builder().client(client).tableName(table).maxConcurrency(3).build();
        asyncCustomers = CustomerAsyncRepository.builder().client(asyncClient).tableName(table).maxConcurrency(3).build();
        customers.createTable();
        customers.saveAll(IntStream.range(0, ITEMS).mapToObj(i -> new Customer("id-" + i, "n" + i, null)).toList());
    }

    @BeforeEach
    void reset() {
        segments.threads.clear();
        segments.now.set(0);
        segments.fail = false;
    }

    @AfterAll
    void close() {
        customers.close();
        asyncCustomers.close();
        client.close();
        asyncClient.close();
    }

    @Test
    void aSyncParallelScanUsesAtMostMaxConcurrencyThreads() {
        List<Customer> all = customers.scan().parallel(64).list();
        assertEquals(ITEMS, all.size());
        assertEquals(ITEMS, new HashSet<>(all).size(), "every item once");
        assertTrue(segments.threads.size() <= 3, "64 segments on at most maxConcurrency (3) threads, found "
                + segments.threads.size());
        segments.threads.clear();
        assertEquals(ITEMS, customers.scan().parallel(64).count());
        assertTrue(segments.threads.size() <= 3, "counted on at most 3 threads too, found " + segments.threads.size());
    }

    @Test
    void aStreamClosedEarlyLeavesNoWorkerBehind() throws InterruptedException {
        try (Stream<Customer> s = customers.scan().parallel(8).stream()) {
            Iterator<Customer> it = s.iterator();
            it.next();
            it.next();
        }
        assertFalse(segments.threads.isEmpty(), "workers ran");
        for (Thread t : segments.threads) {
            t.join(WORKER_END_MILLIS); // returns as soon as the thread ends
            assertFalse(t.isAlive(), t.getName() + " still runs after the stream was closed");
        }
    }

    @Test
    void aStreamReadToTheEndLeavesNoWorkerBehindEvenUnclosed() throws InterruptedException {
        Iterator<Customer> it = customers.scan().parallel(8).stream().iterator();
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        assertEquals(ITEMS, n);
        for (Thread t : segments.threads) {
            t.join(WORKER_END_MILLIS);
            assertFalse(t.isAlive(), t.getName() + " still runs after the last item was read");
        }
    }

    @Test
    void aStreamDroppedUnreadAndUnclosedHasItsWorkersStoppedOnceCollected() throws InterruptedException {
        readOneAndDrop(); // 400 items, 3 workers of 64 queued items each: they block on the full queue
        assertFalse(segments.threads.isEmpty(), "workers ran");
        for (Thread t : segments.threads) {
            for (int i = 0; i < WORKER_END_MILLIS / 100 && t.isAlive(); i++) {
                System.gc(); // the reader's side is unreachable: collecting it stops the workers
                t.join(100);
            }
            assertFalse(t.isAlive(), t.getName() + " still runs after its stream was dropped");
        }
    }

    private void readOneAndDrop() {
        assertTrue(customers.scan().parallel(8).stream().findFirst().isPresent());
    }

    @Test
    void anAsyncParallelScanKeepsAtMostMaxConcurrencySegmentsInFlight() {
        segments.most.set(0);
        assertEquals(ITEMS, asyncCustomers.scan().parallel(16).list().join().size());
        assertTrue(segments.most.get() >= 1 && segments.most.get() <= 3,
                "16 segments, at most maxConcurrency (3) Scans at once, found " + segments.most.get());
        segments.most.set(0);
        assertEquals(ITEMS, asyncCustomers.scan().parallel(16).count().join());
        assertTrue(segments.most.get() <= 3, "counts too, found " + segments.most.get());
    }

    /**
     * The reader gets the error while the other workers may still be reading; they must end too, or
     * one could send a Scan during a later test and be counted there.
     */
    @Test
    void anErrorInASyncWorkerReachesTheReaderAndNoWorkerIsLeft() throws InterruptedException {
        int mark = ScanWorkers.mark();
        segments.fail = true;
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThrows(InjectedError.class, () -> customers.scan().parallel(4).list());
            assertThrows(InjectedError.class, () -> customers.scan().parallel(4).count());
        });
        assertEquals(List.of(), ScanWorkers.stillRunningSince(mark), "workers still running after a worker failed");
    }

    @Test
    void anErrorInAnAsyncSegmentFailsTheFuture() {
        segments.fail = true;
        for (CompletableFuture<?> read : List.of(asyncCustomers.scan().parallel(4).list(),
                asyncCustomers.scan().parallel(4).count(),
                asyncCustomers.scan().parallel(4).stream().subscribe(c -> { }))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> read.get(30, TimeUnit.SECONDS));
            assertInstanceOf(InjectedError.class, e.getCause());
        }
    }
}
