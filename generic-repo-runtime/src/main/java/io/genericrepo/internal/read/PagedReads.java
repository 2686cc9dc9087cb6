package io.genericrepo.internal.read;

import io.genericrepo.internal.execution.Futures;
import io.genericrepo.internal.execution.Runner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Queries and scans as loops over pages, written once against {@link Runner}: all items (up to
 * the limit), counts, and one page for an API with its cursor.
 *
 * <p>The limit is kept by {@link PageLimits}: a read ends exactly at it without a filter, and
 * reads filtered pages whole, dropping the surplus. A parallel scan runs at
 * most {@code maxConcurrency} segments at once, and no segment reads another page once the scan
 * has its limit. Internal.
 */
public final class PagedReads {

    private final Runner runner;
    private final int maxConcurrency;

    /**
     * @param runner runs each page request
     * @param maxConcurrency segments read at once by a parallel scan
     */
    public PagedReads(Runner runner, int maxConcurrency) {
        this.runner = runner;
        this.maxConcurrency = maxConcurrency;
    }

    /** Progress through the pages of one read. */
    private record State(List<Map<String, AttributeValue>> items, long count, Map<String, AttributeValue> next,
            boolean started) {
        boolean hasNext() {
            return !started || (next != null && !next.isEmpty());
        }
    }

    /**
     * @param spec the query or scan
     * @return its items, up to the limit
     */
    public CompletableFuture<List<Map<String, AttributeValue>>> list(ReadSpec spec) {
        if (spec.parallel()) {
            return parallelList(spec);
        }
        return items(spec, new AtomicLong()).thenApply(State::items);
    }

    /**
     * Reads pages of one query, scan or segment into a list until it ends or {@code taken}, shared
     * by the segments of a parallel scan, reaches the limit.
     */
    private CompletableFuture<State> items(ReadSpec spec, AtomicLong taken) {
        Integer limit = spec.limit();
        return Futures.loop(new State(new ArrayList<>(), 0, null, false),
                s -> s.hasNext() && !PageLimits.reached(limit, taken.get()), s -> {
                    Integer pageLimit = PageLimits.toSend(spec, taken.get());
                    return runner.call(ReadRequests.page(spec, s.next(), pageLimit, false)).thenApply(page -> {
                        for (Map<String, AttributeValue> item : page.items()) {
                            if (PageLimits.reached(limit, taken.getAndIncrement())) {
                                break;
                            }
                            s.items().add(item);
                        }
                        return new State(s.items(), 0, page.lastEvaluatedKey(), true);
                    });
                });
    }

    private CompletableFuture<List<Map<String, AttributeValue>>> parallelList(ReadSpec spec) {
        int total = spec.totalSegments();
        AtomicLong taken = new AtomicLong();
        return Futures.bounded(total, maxConcurrency, i -> {
            if (PageLimits.reached(spec.limit(), taken.get())) {
                return CompletableFuture.completedFuture(List.<Map<String, AttributeValue>>of()); // enough already
            }
            ReadSpec segment = spec.segment(i, total);
            return items(segment, taken).thenApply(State::items);
        }).thenApply(parts -> {
            List<Map<String, AttributeValue>> all = new ArrayList<>();
            parts.forEach(all::addAll);
            return all;
        });
    }

    /**
     * @param spec the query or scan
     * @return how many items match, counted by DynamoDB across pages (capped at the limit)
     */
    public CompletableFuture<Long> count(ReadSpec spec) {
        if (spec.parallel()) {
            int total = spec.totalSegments();
            return Futures.bounded(total, maxConcurrency, i -> count(spec.unlimited().segment(i, total))).thenApply(parts -> {
                long sum = parts.stream().mapToLong(Long::longValue).sum();
                return PageLimits.capped(spec.limit(), sum);
            });
        }
        Integer limit = spec.limit();
        return Futures.loop(new State(List.of(), 0, null, false), s -> s.hasNext() && !PageLimits.reached(limit, s.count()),
                s -> runner.call(ReadRequests.page(spec, s.next(), null, true))
                        .thenApply(page -> new State(List.of(), s.count() + page.count(), page.lastEvaluatedKey(), true)))
                .thenApply(s -> PageLimits.capped(limit, s.count()));
    }

    /**
     * One page for an API: up to {@code spec.limit()} items (or one DynamoDB page without a
     * limit), and the cursor of the next page. A page that stops inside a DynamoDB page (a filter
     * matched more than the limit on it) gets the key of its last item as cursor, so the next page
     * starts right after it: no item is skipped or repeated.
     *
     * @param spec the query or scan
     * @param cursor from the previous page, or null for the first
     * @param keyNames the attributes of a position: the table's keys, and the index's for an index query
     * @return the items and the next cursor
     */
    public CompletableFuture<Result> page(ReadSpec spec, String cursor, List<String> keyNames) {
        if (spec.parallel()) {
            throw new IllegalArgumentException("page(cursor) reads one segment at a time; a parallel scan has no single"
                    + " cursor: use stream() or list(), or page a scan without parallel(...)");
        }
        byte[] fingerprint = ReadRequests.fingerprint(spec);
        Map<String, AttributeValue> start = Cursors.decode(fingerprint, cursor);
        Integer limit = spec.limit();
        boolean[] cut = new boolean[1];
        return Futures.loop(new State(new ArrayList<>(), 0, start, false),
                s -> !s.started() || (limit != null && !PageLimits.reached(limit, s.items().size()) && s.hasNext()), s -> {
                    Integer pageLimit = PageLimits.toSend(spec, s.items().size());
                    return runner.call(ReadRequests.page(spec, s.next(), pageLimit, false)).thenApply(page -> {
                        for (Map<String, AttributeValue> item : page.items()) {
                            if (PageLimits.reached(limit, s.items().size())) {
                                cut[0] = true;
                                break;
                            }
                            s.items().add(item);
                        }
                        return new State(s.items(), 0, page.lastEvaluatedKey(), true);
                    });
                }).thenApply(s -> {
                    Map<String, AttributeValue> next = cut[0] ? keyOf(s.items().get(s.items().size() - 1), keyNames) : s.next();
                    return new Result(s.items(), Cursors.encode(fingerprint, next));
                });
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, List<String> keyNames) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : keyNames) {
            AttributeValue v = item.get(name);
            if (v == null) {
                throw new IllegalStateException("a returned item lacks key attribute " + name + ", so no cursor can"
                        + " start after it");
            }
            key.put(name, v);
        }
        return key;
    }

    /**
     * @param items the raw items of a page
     * @param cursor the next page's cursor, or null
     */
    public record Result(List<Map<String, AttributeValue>> items, String cursor) {}
}
