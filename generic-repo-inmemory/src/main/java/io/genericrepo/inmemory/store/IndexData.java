package io.genericrepo.inmemory.store;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of one secondary index, ordered by index partition (hash), index sort key, then the
 * table key, as DynamoDB orders ties. An item lacking an index key attribute is not in the index
 * (a sparse index), as is one whose index key has another type than declared. Entries share the table's {@link StoredItem}s; the projection is applied on
 * read. Guarded by the owning table's lock.
 */
public final class IndexData {

    private final IndexSchema schema;
    private final KeyAttribute tableHash;
    private final KeyAttribute tableRange;
    private final TreeMap<SortKey, StoredItem> entries = new TreeMap<>();

    IndexData(IndexSchema schema, KeyAttribute tableHash, KeyAttribute tableRange) {
        this.schema = schema;
        this.tableHash = tableHash;
        this.tableRange = tableRange;
    }

    /** @return the index's definition */
    public IndexSchema schema() {
        return schema;
    }

    /** @return the number of items in the index */
    public int size() {
        return entries.size();
    }

    /** @return the index's total size in bytes (of the projected items, approximated by their full size for ALL) */
    public long sizeBytes() {
        long total = 0;
        for (StoredItem s : entries.values()) {
            total += s.size();
        }
        return total;
    }

    /**
     * @param item an item, or a start key holding the table and index key attributes
     * @return its position in the index, or null when it lacks an index key attribute
     */
    public SortKey keyOf(Map<String, AttributeValue> item) {
        AttributeValue ipk = item.get(schema.hash().name());
        if (ipk == null || !schema.hash().accepts(ipk)) {
            return null;
        }
        AttributeValue isk = null;
        if (schema.range() != null) {
            isk = item.get(schema.range().name());
            // an item backfilled into a new GSI with a value of another type is left out, as DynamoDB does
            if (isk == null || !schema.range().accepts(isk)) {
                return null;
            }
        }
        AttributeValue tpk = item.get(tableHash.name());
        AttributeValue tsk = tableRange == null ? null : item.get(tableRange.name());
        int n = 2 + (isk == null ? 0 : 1) + (tsk == null ? 0 : 1);
        AttributeValue[] parts = new AttributeValue[n];
        int i = 0;
        parts[i++] = ipk;
        if (isk != null) {
            parts[i++] = isk;
        }
        parts[i++] = tpk;
        if (tsk != null) {
            parts[i] = tsk;
        }
        return SortKey.of(PartitionHash.of(ipk), parts);
    }

    /** @return the items of one index partition, in index order */
    public NavigableMap<SortKey, StoredItem> partition(AttributeValue partitionValue) {
        long h = PartitionHash.of(partitionValue);
        AttributeValue[] prefix = {partitionValue};
        return entries.subMap(new SortKey(h, prefix, -1), true, new SortKey(h, prefix, 1), true);
    }

    /** @return every item of the index, in scan order */
    public NavigableMap<SortKey, StoredItem> all() {
        return entries;
    }

    void remove(StoredItem old) {
        if (old != null) {
            SortKey k = keyOf(old.item());
            if (k != null) {
                entries.remove(k);
            }
        }
    }

    void add(StoredItem item) {
        SortKey k = keyOf(item.item());
        if (k != null) {
            entries.put(k, item);
        }
    }
}
