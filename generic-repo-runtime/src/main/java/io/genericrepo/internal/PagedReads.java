package io.genericrepo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Queries and scans as loops over pages, written once against {@link Runner}: all items (up to
 * the limit), counts, and one page for an API with its cursor. Parallel scans run their segments
 * at once. Internal.
 */
public final class PagedReads {

    private final Runner runner;
    private final int maxConcurrency;

    /**
     * @param runner runs each page request
     * @param maxConcurrency segments read at once by an async parallel scan
     */
    public PagedReads(Runner runner, int maxConcurrency) {
        this.runner = runner;
        this.maxConcurrency = maxConcurrency;
    }

    /** Progress through the pages of one read. */
    private record State(List<Map<String, AttributeValue>> items, long count, Map<String, AttributeValue> next,
            boolean started) {
        boolean more(Integer limit, boolean counting) {
            boolean hasNext = !started || (next != null && !next.isEmpty());
            long have = counting ? count : items.size();
            return hasNext && (limit == null || have < limit);
        }
    }

    /**
     * @param spec the query or scan
     * @return its items, up to the limit
     */
    public CompletableFuture<List<Map<String, AttributeValue>>> list(ReadSpec spec) {
        if (spec.parallel()) {
            return segments(spec, this::list).thenApply(parts -> {
                List<Map<String, AttributeValue>> all = new ArrayList<>();
                parts.forEach(all::addAll);
                return spec.limit() == null || all.size() <= spec.limit() ? all : all.subList(0, spec.limit());
            });
        }
        return Futures.loop(new State(new ArrayList<>(), 0, null, false), s -> s.more(spec.limit(), false), s -> {
            Integer pageLimit = spec.limit() != null && !spec.filtered() ? spec.limit() - s.items().size() : null;
            return runner.call(ReadRequests.page(spec, s.next(), pageLimit, false)).thenApply(page -> {
                for (Map<String, AttributeValue> item : page.items()) {
                    if (spec.limit() == null || s.items().size() < spec.limit()) {
                        s.items().add(item);
                    }
                }
                return new State(s.items(), 0, page.lastEvaluatedKey(), true);
            });
        }).thenApply(State::items);
    }

    /**
     * @param spec the query or scan
     * @return how many items match, counted by DynamoDB across pages (capped at the limit)
     */
    public CompletableFuture<Long> count(ReadSpec spec) {
        if (spec.parallel()) {
            return segments(spec.unlimited(), this::count).thenApply(parts -> {
                long total = parts.stream().mapToLong(Long::longValue).sum();
                return spec.limit() == null ? total : Math.min(total, spec.limit());
            });
        }
        return Futures.loop(new State(List.of(), 0, null, false), s -> s.more(spec.limit(), true),
                s -> runner.call(ReadRequests.page(spec, s.next(), null, true))
                        .thenApply(page -> new State(List.of(), s.count() + page.count(), page.lastEvaluatedKey(), true)))
                .thenApply(s -> spec.limit() == null ? s.count() : Math.min(s.count(), spec.limit()));
    }

    /**
     * One page for an API: up to {@code spec.limit()} items (or one DynamoDB page without a
     * limit), and the cursor of the next page.
     *
     * @param spec the query or scan
     * @param cursor from the previous page, or null for the first
     * @return the items and the next cursor
     */
    public CompletableFuture<Result> page(ReadSpec spec, String cursor) {
        if (spec.parallel()) {
            throw new IllegalArgumentException("page(cursor) reads one segment at a time; a parallel scan has no single"
                    + " cursor: use stream() or list(), or page a scan without parallel(...)");
        }
        byte[] fingerprint = ReadRequests.fingerprint(spec);
        Map<String, AttributeValue> start = Cursors.decode(fingerprint, cursor);
        State first = new State(new ArrayList<>(), 0, start, false);
        return Futures.loop(first, s -> !s.started() || (spec.limit() != null && s.more(spec.limit(), false)), s -> {
            // DynamoDB's Limit at exactly what is left keeps the last evaluated key a valid cursor
            Integer pageLimit = spec.limit() == null ? null : spec.limit() - s.items().size();
            return runner.call(ReadRequests.page(spec, s.next(), pageLimit, false)).thenApply(page -> {
                s.items().addAll(page.items());
                return new State(s.items(), 0, page.lastEvaluatedKey(), true);
            });
        }).thenApply(s -> new Result(s.items(), Cursors.encode(fingerprint, s.next())));
    }

    /**
     * @param items the raw items of a page
     * @param cursor the next page's cursor, or null
     */
    public record Result(List<Map<String, AttributeValue>> items, String cursor) {}

    private <R> CompletableFuture<List<R>> segments(ReadSpec spec,
            Function<ReadSpec, CompletableFuture<R>> read) {
        int total = spec.totalSegments();
        return Futures.bounded(total, Math.max(maxConcurrency, total), i -> read.apply(spec.unlimited().segment(i, total)));
    }
}
