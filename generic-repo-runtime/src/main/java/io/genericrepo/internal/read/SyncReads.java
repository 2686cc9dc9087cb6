package io.genericrepo.internal.read;

import io.genericrepo.internal.execution.Runner;
import io.genericrepo.internal.execution.SyncExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sync-only part of reading: a {@link Stream} over pages fetched only as far as the caller
 * reads, so it holds one page at a time. Lists, counts and pages are {@link PagedReads}, shared
 * with the async repository. Internal.
 */
public final class SyncReads {

    private final SyncExecutor executor;
    private final PagedReads paged;
    private final int maxConcurrency;

    /**
     * @param executor runs each page request
     * @param maxConcurrency the most threads a parallel scan reads its segments on
     */
    public SyncReads(SyncExecutor executor, int maxConcurrency) {
        this.executor = executor;
        this.paged = new PagedReads(executor, 1);
        this.maxConcurrency = maxConcurrency;
    }

    /**
     * @param spec the query or scan
     * @return how many items match; the segments of a parallel scan are counted on up to
     *     {@code maxConcurrency} threads
     */
    public long count(ReadSpec spec) {
        return spec.parallel() ? ParallelScan.count(paged, spec, maxConcurrency) : Runner.join(paged.count(spec));
    }

    /** @return the list, count and page reads on the same executor */
    public PagedReads paged() {
        return paged;
    }

    /**
     * @param spec the query or scan
     * @return its items, fetched lazily page by page, at most {@code spec.limit()} of them
     */
    public Stream<Map<String, AttributeValue>> stream(ReadSpec spec) {
        if (spec.parallel()) {
            return ParallelScan.stream(executor, spec, maxConcurrency);
        }
        return StreamSupport.stream(new PageSpliterator(spec), false);
    }

    /** Pages fetched one at a time, as the stream is read. */
    private final class PageSpliterator extends Spliterators.AbstractSpliterator<Map<String, AttributeValue>> {
        private final ReadSpec spec;
        private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
        private Map<String, AttributeValue> start;
        private boolean lastPageRead;
        private int returned;

        PageSpliterator(ReadSpec spec) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.spec = spec;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Map<String, AttributeValue>> action) {
            if (PageLimits.reached(spec.limit(), returned)) {
                return false;
            }
            while (buffer.isEmpty() && !lastPageRead) {
                RawPage page = executor.run(ReadRequests.page(spec, start, PageLimits.toSend(spec, returned), false));
                buffer.addAll(page.items());
                start = page.lastEvaluatedKey();
                lastPageRead = !page.hasNext();
            }
            if (buffer.isEmpty()) {
                return false;
            }
            returned++;
            action.accept(buffer.poll());
            return true;
        }
    }
}
