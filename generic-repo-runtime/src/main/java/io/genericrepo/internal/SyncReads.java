package io.genericrepo.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs queries and scans on the sync client, page by page and only as far as the caller reads:
 * a stream holds one page at a time, {@code first()} stops at the first match, a count asks
 * DynamoDB for counts only. Internal.
 */
public final class SyncReads {

    private final SyncExecutor executor;

    /**
     * @param executor runs each page request
     */
    public SyncReads(SyncExecutor executor) {
        this.executor = executor;
    }

    /**
     * @param spec the query or scan
     * @return its items, fetched lazily page by page, at most {@code spec.limit()} of them
     */
    public Stream<Map<String, AttributeValue>> stream(ReadSpec spec) {
        if (spec.totalSegments() != null && spec.segment() == null) {
            return ParallelScan.stream(this, spec);
        }
        return StreamSupport.stream(new PageSpliterator(spec, null), false);
    }

    /**
     * @param spec the query or scan
     * @param start where to start, or null
     * @return the items, lazily, from that key on
     */
    Stream<Map<String, AttributeValue>> stream(ReadSpec spec, Map<String, AttributeValue> start) {
        return StreamSupport.stream(new PageSpliterator(spec, start), false);
    }

    /**
     * @param spec the query or scan
     * @return the number of matching items, across pages (capped at the limit, if any)
     */
    public long count(ReadSpec spec) {
        if (spec.totalSegments() != null && spec.segment() == null) {
            return ParallelScan.count(this, spec);
        }
        long total = 0;
        Map<String, AttributeValue> start = null;
        do {
            RawPage page = executor.run(ReadRequests.page(spec, start, null, true));
            total += page.count();
            start = page.lastEvaluatedKey();
            if (spec.limit() != null && total >= spec.limit()) {
                return spec.limit();
            }
        } while (start != null && !start.isEmpty());
        return total;
    }

    /**
     * One page for an API: up to {@code spec.limit()} items (or one DynamoDB page without a
     * limit), and the cursor of the next page.
     *
     * @param spec the query or scan
     * @param cursor from the previous page, or null for the first
     * @return the items and the next cursor
     */
    public Result page(ReadSpec spec, String cursor) {
        if (spec.totalSegments() != null && spec.segment() == null) {
            throw new IllegalArgumentException("page(cursor) reads one segment at a time; a parallel scan has no single"
                    + " cursor: use stream() or list(), or page a scan without parallel(...)");
        }
        byte[] fingerprint = ReadRequests.fingerprint(spec);
        Map<String, AttributeValue> start = Cursors.decode(fingerprint, cursor);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        RawPage page;
        do {
            Integer pageLimit = spec.limit() == null ? null : spec.limit() - items.size();
            page = executor.run(ReadRequests.page(spec, start, pageLimit, false));
            items.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (spec.limit() != null && items.size() < spec.limit() && page.hasNext());
        return new Result(items, Cursors.encode(fingerprint, page.hasNext() ? start : null));
    }

    /**
     * @param items the raw items of a page
     * @param cursor the next page's cursor, or null
     */
    public record Result(List<Map<String, AttributeValue>> items, String cursor) {}

    /** Pages fetched one at a time, as the stream is read. */
    private final class PageSpliterator extends Spliterators.AbstractSpliterator<Map<String, AttributeValue>> {
        private final ReadSpec spec;
        private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
        private Map<String, AttributeValue> start;
        private boolean lastPageRead;
        private int returned;

        PageSpliterator(ReadSpec spec, Map<String, AttributeValue> start) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.spec = spec;
            this.start = start;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Map<String, AttributeValue>> action) {
            if (spec.limit() != null && returned >= spec.limit()) {
                return false;
            }
            while (buffer.isEmpty() && !lastPageRead) {
                // without a filter, DynamoDB's Limit can stop at exactly what is left; with one it
                // would count unmatched items too, so pages are read whole
                Integer pageLimit = spec.limit() != null && spec.filter() == null ? spec.limit() - returned : null;
                RawPage page = executor.run(ReadRequests.page(spec, start, pageLimit, false));
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
