package io.genericrepo.internal;

import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A sync parallel scan. At most {@code maxConcurrency} worker threads (never more than the
 * segments) take segments one after another, read each page by page into a small bounded queue,
 * and the caller's stream takes items from it, so memory and threads stay bounded and every item
 * of every segment is returned exactly once. With a limit, the workers claim items from a shared
 * count and stop as soon as enough are claimed, asking DynamoDB (without a filter) for no more
 * than are missing. The workers end when the last item is read, when the limit is reached, when a
 * worker fails (its {@link Throwable}, {@link Error}s included, is rethrown to the reader as it
 * was), when the stream is closed, or when an unclosed stream is garbage collected. Internal.
 */
final class ParallelScan {

    private static final Object END = new Object();
    private static final Object FAILED = new Object();
    private static final int QUEUED_PER_WORKER = 64;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "generic-repo-scan-cleaner");
        t.setDaemon(true);
        return t;
    });

    private final SyncExecutor executor;
    private final ReadSpec spec;
    private final int segments;
    private final int workers;
    private final BlockingQueue<Object> queue;
    private final AtomicInteger nextSegment = new AtomicInteger();
    private final AtomicLong claimed = new AtomicLong();
    private final ExecutorService threads;
    private volatile boolean stopped;
    private volatile Throwable failure;

    private ParallelScan(SyncExecutor executor, ReadSpec spec, int maxConcurrency) {
        this.executor = executor;
        this.spec = spec;
        this.segments = spec.totalSegments();
        this.workers = Math.min(segments, maxConcurrency);
        this.queue = new ArrayBlockingQueue<>(workers * QUEUED_PER_WORKER);
        this.threads = Executors.newFixedThreadPool(workers, daemons());
    }

    /**
     * @param executor runs the page requests
     * @param spec the parallel scan
     * @param maxConcurrency the most worker threads
     * @return its items, at most {@code spec.limit()} of them; closing it stops the workers
     */
    static Stream<Map<String, AttributeValue>> stream(SyncExecutor executor, ReadSpec spec, int maxConcurrency) {
        ParallelScan scan = new ParallelScan(executor, spec, maxConcurrency);
        for (int i = 0; i < scan.workers; i++) {
            scan.threads.execute(scan::work);
        }
        scan.threads.shutdown(); // the threads end with their work
        Merged merged = scan.new Merged();
        // a stream dropped unread and unclosed (findFirst() without try-with-resources) would leave
        // its workers blocked on a full queue; once the reader's side is collected, they are stopped
        CLEANER.register(merged, scan::stop);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.NONNULL), false)
                .onClose(scan::stop);
    }

    /**
     * Counts a parallel scan on at most {@code maxConcurrency} threads.
     *
     * @param paged the page reads (on the sync executor)
     * @param spec the parallel scan
     * @param maxConcurrency the most threads
     * @return the count, capped at the limit
     */
    static long count(PagedReads paged, ReadSpec spec, int maxConcurrency) {
        int total = spec.totalSegments();
        int workers = Math.min(total, maxConcurrency);
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemons());
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicLong sum = new AtomicLong();
            CompletableFuture<?>[] parts = new CompletableFuture<?>[workers];
            CompletableFuture<Void> failed = new CompletableFuture<>();
            for (int w = 0; w < workers; w++) {
                parts[w] = CompletableFuture.runAsync(() -> {
                    for (int i = next.getAndIncrement(); i < total && !failed.isDone(); i = next.getAndIncrement()) {
                        sum.addAndGet(Runner.join(paged.count(spec.unlimited().segment(i, total))));
                    }
                }, pool).whenComplete((v, e) -> {
                    if (e != null) {
                        failed.completeExceptionally(e); // the first failure ends the count at once
                    }
                });
            }
            Runner.join(CompletableFuture.anyOf(CompletableFuture.allOf(parts), failed));
            return spec.limit() == null ? sum.get() : Math.min(sum.get(), spec.limit());
        } finally {
            pool.shutdown(); // not shutdownNow: an interrupt would abort the requests under way
        }
    }

    /** One worker: segments one after another, page by page, until none is left or enough items are read. */
    private void work() {
        try {
            try {
                for (int s = nextSegment.getAndIncrement(); s < segments && !stopped; s = nextSegment.getAndIncrement()) {
                    if (!readSegment(spec.unlimited().segment(s, segments))) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable t) { // an Error too: the reader must not wait for this worker forever
                failure = t;
                stopped = true; // the other workers put at most one more item each, then stop
                queue.clear();
                queue.put(FAILED);
                return;
            }
            if (!stopped) {
                queue.put(END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the JVM is shutting the pool down: nothing to hand over
        }
    }

    /** @return false once enough items are claimed (or the scan stopped) */
    private boolean readSegment(ReadSpec segment) throws InterruptedException {
        Map<String, AttributeValue> start = null;
        do {
            Integer pageLimit = null;
            if (spec.limit() != null) {
                long missing = spec.limit() - claimed.get();
                if (missing <= 0) {
                    return false;
                }
                // without a filter DynamoDB's Limit can stop at what is missing; with one it would
                // count unmatched items too, so filtered pages are read whole
                pageLimit = spec.filtered() ? null : (int) missing;
            }
            RawPage page = executor.run(ReadRequests.page(segment, start, pageLimit, false));
            for (Map<String, AttributeValue> item : page.items()) {
                if (stopped || (spec.limit() != null && claimed.getAndIncrement() >= spec.limit())) {
                    return false;
                }
                queue.put(item);
            }
            start = page.lastEvaluatedKey();
        } while (start != null && !start.isEmpty() && !stopped);
        return !stopped;
    }

    /**
     * Stops the workers without interrupting them: an interrupt would abort a request under way,
     * and a server may not take a request cut off mid-body well (dynalite exits). Each worker puts
     * at most the one item it is putting into the emptied queue, finishes the request it is making,
     * and ends.
     */
    private void stop() {
        stopped = true;
        queue.clear(); // wakes workers waiting for room
    }

    /** The reader's side: items until every worker ended, the limit is reached, or a worker failed. */
    private final class Merged implements Iterator<Map<String, AttributeValue>> {
        private int ended;
        private long returned;
        private Map<String, AttributeValue> next;

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (ended == workers || (spec.limit() != null && returned >= spec.limit())) {
                stop(); // read to the end: the workers go now, not when (or if) the stream is closed
                return false;
            }
            while (next == null && ended < workers) {
                Object o = take();
                if (o == END) {
                    ended++;
                } else if (o == FAILED) {
                    stop();
                    throw rethrow(failure);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, AttributeValue> item = (Map<String, AttributeValue>) o;
                    next = item;
                }
            }
            if (next == null) {
                stop();
            }
            return next != null;
        }

        @Override
        public Map<String, AttributeValue> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map<String, AttributeValue> item = next;
            next = null;
            returned++;
            return item;
        }

        private Object take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a parallel scan", e);
            }
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    private static ThreadFactory daemons() {
        return r -> {
            Thread t = new Thread(r, "generic-repo-scan-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
