package io.genericrepo.internal.read;

/**
 * A read's limit, written once for every reader (lists, streams, parallel scans, publishers,
 * pages for an API, counts): whether enough items are taken, and the {@code Limit} to send with
 * the next request. Without a filter, DynamoDB's {@code Limit} is the number of items still
 * missing, so a read ends exactly at its limit. With a filter, DynamoDB would count unmatched
 * items against its {@code Limit} too, so no {@code Limit} is sent: pages are read whole and the
 * surplus is dropped. Internal.
 */
final class PageLimits {

    private PageLimits() {}

    /**
     * @param limit the most items to return in all, or null for no limit
     * @param taken the items returned (or claimed) so far
     * @return true if no more items are wanted
     */
    static boolean reached(Integer limit, long taken) {
        return limit != null && taken >= limit;
    }

    /**
     * @param limit the most items to return in all, or null for no limit
     * @param filtered true if DynamoDB filters the pages (see {@link ReadSpec#filtered})
     * @param taken the items returned (or claimed) so far
     * @return DynamoDB's {@code Limit} for the next request (at least 1), or null to read a whole page
     */
    static Integer toSend(Integer limit, boolean filtered, long taken) {
        return limit == null || filtered ? null : (int) Math.max(1, limit - taken);
    }

    /**
     * @param spec the read, its limit and whether it is filtered
     * @param taken the items returned (or claimed) so far
     * @return DynamoDB's {@code Limit} for the next request of this read, or null
     */
    static Integer toSend(ReadSpec spec, long taken) {
        return toSend(spec.limit(), spec.filtered(), taken);
    }

    /**
     * @param limit the most items to count, or null for no limit
     * @param count the items DynamoDB counted
     * @return the count, capped at the limit
     */
    static long capped(Integer limit, long count) {
        return limit == null ? count : Math.min(count, limit);
    }
}
