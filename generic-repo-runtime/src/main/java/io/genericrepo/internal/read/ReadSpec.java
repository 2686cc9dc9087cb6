package io.genericrepo.internal.read;

import io.genericrepo.Condition;
import io.genericrepo.path.AttributePath;
import java.util.List;

/**
 * Everything that defines one query or scan, independent of how it is run. Internal.
 *
 * @param tableName the table
 * @param indexName the index, or null for the table
 * @param keyCondition the key condition of a query (partition key, and sort key if given), null for a scan
 * @param filter the filter, or null
 * @param hidden a filter the caller did not write (expired items), or null; not part of cursors
 * @param descending true for descending sort-key order (queries only)
 * @param limit the most items to return in all, or null
 * @param consistentRead strongly consistent reads
 * @param projection the attributes to read, empty for all
 * @param segment this scan segment, or null
 * @param totalSegments the number of scan segments, or null
 */
public record ReadSpec(String tableName, String indexName, Condition<?> keyCondition, Condition<?> filter,
        Condition<?> hidden, boolean descending, Integer limit, boolean consistentRead, List<AttributePath> projection,
        Integer segment, Integer totalSegments) {

    /** Copies the projection. */
    public ReadSpec {
        projection = List.copyOf(projection);
    }

    /** @return true for a query, false for a scan */
    public boolean isQuery() {
        return keyCondition != null;
    }

    /**
     * @param segment a segment
     * @param total the number of segments
     * @return the same scan, of one segment
     */
    public ReadSpec segment(int segment, int total) {
        return new ReadSpec(tableName, indexName, keyCondition, filter, hidden, descending, limit, consistentRead,
                projection, segment, total);
    }

    /** @return the same read without a limit */
    public ReadSpec unlimited() {
        return new ReadSpec(tableName, indexName, keyCondition, filter, hidden, descending, null, consistentRead,
                projection, segment, totalSegments);
    }

    /** @return true if DynamoDB filters after reading, so its Limit counts items that may not match */
    public boolean filtered() {
        return filter != null || hidden != null;
    }

    /** @return true for a parallel scan not yet split into segments */
    public boolean parallel() {
        return totalSegments != null && segment == null;
    }

    /** @return the filter expression's condition: the caller's and the hidden one, or null */
    @SuppressWarnings("unchecked")
    Condition<?> fullFilter() {
        if (hidden == null) {
            return filter;
        }
        return filter == null ? hidden : ((Condition<Object>) filter).and((Condition<Object>) hidden);
    }
}
