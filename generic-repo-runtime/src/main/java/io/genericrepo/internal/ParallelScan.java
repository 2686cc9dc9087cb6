package io.genericrepo.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parallel scan: one thread per segment reads its segment page by page into a small bounded
 * queue, and the caller's stream takes items from it, so memory stays bounded and every item of
 * every segment is returned exactly once. Closing the stream stops the threads. Internal.
 */
final class ParallelScan {

    private static final Object END = new Object();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private ParallelScan() {}

    static Stream<Map<String, AttributeValue>> stream(SyncReads reads, ReadSpec spec) {
        int segments = spec.totalSegments();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(segments * 64);
        ExecutorService threads = Executors.newFixedThreadPool(segments, daemons());
        for (int i = 0; i < segments; i++) {
            ReadSpec segment = spec.segment(i, segments);
            threads.submit(() -> {
                try (Stream<Map<String, AttributeValue>> items = reads.stream(segment.unlimited())) {
                    Iterator<Map<String, AttributeValue>> it = items.iterator();
                    while (it.hasNext()) {
                        queue.put(it.next());
                    }
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the stream was closed
                } catch (RuntimeException e) {
                    putFailure(queue, e);
                }
                return null;
            });
        }
        threads.shutdown();
        Iterator<Map<String, AttributeValue>> merged = new Iterator<>() {
            private int ended;
            private Map<String, AttributeValue> next;

            @Override
            public boolean hasNext() {
                while (next == null && ended < segments) {
                    Object o = take(queue);
                    if (o == END) {
                        ended++;
                    } else if (o instanceof RuntimeException e) {
                        threads.shutdownNow();
                        throw e;
                    } else {
                        @SuppressWarnings("unchecked")
                        Map<String, AttributeValue> item = (Map<String, AttributeValue>) o;
                        next = item;
                    }
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
                return item;
            }
        };
        Stream<Map<String, AttributeValue>> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(merged, Spliterator.NONNULL), false).onClose(threads::shutdownNow);
        return spec.limit() == null ? stream : stream.limit(spec.limit());
    }

    /**
     * Counts a parallel scan with one thread per segment.
     *
     * @param paged the page reads (on the sync executor)
     * @param spec the parallel scan
     * @return the count, capped at the limit
     */
    static long count(PagedReads paged, ReadSpec spec) {
        int segments = spec.totalSegments();
        ExecutorService threads = Executors.newFixedThreadPool(segments, daemons());
        try {
            List<CompletableFuture<Long>> counts = new ArrayList<>();
            for (int i = 0; i < segments; i++) {
                ReadSpec segment = spec.unlimited().segment(i, segments);
                counts.add(CompletableFuture.supplyAsync(() -> Runner.join(paged.count(segment)), threads));
            }
            long total = 0;
            for (CompletableFuture<Long> c : counts) {
                total += Runner.join(c);
            }
            return spec.limit() == null ? total : Math.min(total, spec.limit());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void putFailure(BlockingQueue<Object> queue, RuntimeException e) {
        try {
            queue.put(e); // the reader rethrows it
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a parallel scan", e);
        }
    }

    private static ThreadFactory daemons() {
        return r -> {
            Thread t = new Thread(r, "generic-repo-scan-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
