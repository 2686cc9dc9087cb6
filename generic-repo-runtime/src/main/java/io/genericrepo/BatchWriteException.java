package io.genericrepo;

import java.util.List;

/**
 * A batch write ({@code saveAll}, {@code deleteAll}) left some items unwritten after its retries
 * ran out, or a request failed for good. {@link #unprocessed()} lists exactly those items (for
 * {@code saveAll}) or keys (for {@code deleteAll}); everything else was written. The causes are
 * attached as suppressed exceptions.
 *
 * <pre>{@code
 * try {
 *     orders.saveAll(batch);
 * } catch (BatchWriteException e) {
 *     List<Order> notSaved = e.unprocessed();
 *     retryLater(notSaved);
 * }
 * }</pre>
 */
public class BatchWriteException extends GenericRepoException {

    private static final long serialVersionUID = 1L;

    private final transient List<?> unprocessed;
    private final int total;

    /**
     * @param operation {@code saveAll} or {@code deleteAll}
     * @param tableName the table
     * @param unprocessed the items or keys not written
     * @param total how many distinct items or keys the call had
     * @param keys their keys, for the message
     */
    public BatchWriteException(String operation, String tableName, List<?> unprocessed, int total, List<String> keys) {
        super(operation + " on " + tableName + " left " + unprocessed.size() + " of " + total
                + " items unwritten after retries: " + preview(keys));
        this.unprocessed = List.copyOf(unprocessed);
        this.total = total;
    }

    static String preview(List<String> keys) {
        int shown = Math.min(keys.size(), 10);
        String list = String.join("; ", keys.subList(0, shown));
        return keys.size() > shown ? list + "; and " + (keys.size() - shown) + " more" : list;
    }

    /**
     * @param <X> the item type for {@code saveAll}, the key type for {@code deleteAll}
     * @return exactly the items or keys that were not written
     */
    @SuppressWarnings("unchecked")
    public <X> List<X> unprocessed() {
        return (List<X>) unprocessed;
    }

    /** @return how many distinct items or keys the call had */
    public int total() {
        return total;
    }
}
