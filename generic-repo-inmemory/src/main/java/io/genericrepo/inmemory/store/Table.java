package io.genericrepo.inmemory.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/**
 * One table: its definition and its items, ordered by partition hash, partition key and sort key
 * ({@link SortKey}), with its secondary indexes kept in step on every write.
 *
 * <p>Concurrency contract: every read holds {@link #lock()}'s read lock and every write its write
 * lock; a conditional write or a transaction holds the write lock(s) from the condition check to
 * the write, which makes it atomic. Transactions take the locks of several tables in table-name
 * order. ItemCount and TableSizeBytes are kept current on every write.
 */
public final class Table {

    private static final long FIVE_YEARS_SECONDS = 5L * 365 * 24 * 3600;

    private final String name;
    private final KeyAttribute hash;
    private final KeyAttribute range;
    private final Instant created;
    private final String arn;
    private final BillingMode billingMode;
    private final ProvisionedThroughput provisionedThroughput;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<SortKey, StoredItem> items = new TreeMap<>();
    // replaced whole on UpdateTable, so that validation outside the lock can read it safely
    private volatile Map<String, IndexData> indexes;
    private volatile List<AttributeDefinition> attributeDefinitions;
    private volatile String ttlAttribute;
    private long sizeBytes;

    Table(String name, KeyAttribute hash, KeyAttribute range, List<AttributeDefinition> attributeDefinitions,
            List<IndexSchema> indexSchemas, BillingMode billingMode, ProvisionedThroughput provisionedThroughput,
            Instant created, String arn) {
        this.name = name;
        this.hash = hash;
        this.range = range;
        this.attributeDefinitions = List.copyOf(attributeDefinitions);
        this.billingMode = billingMode;
        this.provisionedThroughput = provisionedThroughput;
        this.created = created;
        this.arn = arn;
        Map<String, IndexData> map = new LinkedHashMap<>();
        for (IndexSchema s : indexSchemas) {
            map.put(s.name(), new IndexData(s, hash, range));
        }
        this.indexes = Collections.unmodifiableMap(map);
    }

    /** @return the table name */
    public String name() { return name; }

    /** @return the partition key */
    public KeyAttribute hash() { return hash; }

    /** @return the sort key, or null */
    public KeyAttribute range() { return range; }

    /** @return the table's key attribute names, partition key first */
    public List<String> keyNames() {
        return range == null ? List.of(hash.name()) : List.of(hash.name(), range.name());
    }

    /** @return the attribute definitions, as created or extended by UpdateTable */
    public List<AttributeDefinition> attributeDefinitions() { return attributeDefinitions; }

    /** @return when the table was created */
    public Instant created() { return created; }

    /** @return the table's ARN */
    public String arn() { return arn; }

    /** @return PAY_PER_REQUEST or PROVISIONED */
    public BillingMode billingMode() { return billingMode; }

    /** @return the table's provisioned throughput, or null when on demand */
    public ProvisionedThroughput provisionedThroughput() { return provisionedThroughput; }

    /** @return the lock guarding the items and indexes */
    public ReentrantReadWriteLock lock() { return lock; }

    /** @return the TTL attribute name when TTL is enabled, else null */
    public String ttlAttribute() { return ttlAttribute; }

    /** Enables TTL on {@code attribute}, or disables it when null. */
    public void ttlAttribute(String attribute) { this.ttlAttribute = attribute; }

    /** @return the secondary indexes, in creation order */
    public Collection<IndexData> indexes() { return indexes.values(); }

    /** @return the index named, or null */
    public IndexData index(String indexName) { return indexes.get(indexName); }

    /** @return the number of items (caller holds a lock) */
    public int itemCount() { return items.size(); }

    /** @return the total size of the items in bytes (caller holds a lock) */
    public long sizeBytes() { return sizeBytes; }

    /** @return the item's position in the table; {@code key} holds at least the key attributes */
    public SortKey keyOf(Map<String, AttributeValue> key) {
        AttributeValue pk = key.get(hash.name());
        long h = PartitionHash.of(pk);
        return range == null ? SortKey.of(h, pk) : SortKey.of(h, pk, key.get(range.name()));
    }

    /** @return the item with that key, or null (caller holds a lock) */
    public StoredItem get(Map<String, AttributeValue> key) {
        return items.get(keyOf(key));
    }

    /**
     * Stores an item (already validated and normalised), replacing the one with its key.
     *
     * @return the item replaced, or null (caller holds the write lock)
     */
    public StoredItem put(StoredItem item) {
        StoredItem old = items.put(keyOf(item.item()), item);
        for (IndexData index : indexes.values()) {
            index.remove(old);
            index.add(item);
        }
        sizeBytes += item.size() - (old == null ? 0 : old.size());
        return old;
    }

    /** @return the item deleted, or null (caller holds the write lock) */
    public StoredItem delete(Map<String, AttributeValue> key) {
        StoredItem old = items.remove(keyOf(key));
        if (old != null) {
            for (IndexData index : indexes.values()) {
                index.remove(old);
            }
            sizeBytes -= old.size();
        }
        return old;
    }

    /** @return the items of one partition, in sort key order (caller holds a lock) */
    public NavigableMap<SortKey, StoredItem> partition(AttributeValue partitionValue) {
        long h = PartitionHash.of(partitionValue);
        AttributeValue[] prefix = {partitionValue};
        return items.subMap(new SortKey(h, prefix, -1), true, new SortKey(h, prefix, 1), true);
    }

    /** @return every item in scan order (caller holds a lock) */
    public NavigableMap<SortKey, StoredItem> all() {
        return items;
    }

    /** @return whether a position (from an ExclusiveStartKey) lies in that segment of a parallel scan */
    public static boolean inSegment(SortKey position, int segment, int total) {
        return position.compareTo(segmentBound(segment, total)) >= 0
                && (segment + 1 == total || position.compareTo(segmentBound(segment + 1, total)) < 0);
    }

    /** @return the position before the first item of scan segment {@code segment} of {@code total} */
    public static SortKey segmentBound(int segment, int total) {
        return new SortKey(PartitionHash.segmentStart(segment, total), new AttributeValue[0], -1);
    }

    /** Adds a GSI and backfills it from the items (caller holds the write lock). */
    public void addIndex(IndexSchema schema, List<AttributeDefinition> definitions) {
        IndexData data = new IndexData(schema, hash, range);
        for (StoredItem item : items.values()) {
            data.add(item);
        }
        Map<String, IndexData> map = new LinkedHashMap<>(indexes);
        map.put(schema.name(), data);
        indexes = Collections.unmodifiableMap(map);
        attributeDefinitions = List.copyOf(definitions);
    }

    /** Drops an index (caller holds the write lock). */
    public void removeIndex(String indexName) {
        Map<String, IndexData> map = new LinkedHashMap<>(indexes);
        map.remove(indexName);
        indexes = Collections.unmodifiableMap(map);
    }

    /** @return the keys of the items whose TTL attribute is a number of epoch seconds before {@code now} */
    public List<Map<String, AttributeValue>> expiredKeys(long nowEpochSeconds) {
        String attribute = ttlAttribute;
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        if (attribute == null) {
            return out;
        }
        for (StoredItem s : items.values()) {
            AttributeValue ttl = s.item().get(attribute);
            if (ttl != null && ttl.n() != null && expired(ttl.n(), nowEpochSeconds)) {
                out.add(s.item());
            }
        }
        return out;
    }

    // DynamoDB ignores expiry times more than five years in the past (they are likely not seconds)
    private static boolean expired(String epochSeconds, long now) {
        try {
            BigDecimal ttl = new BigDecimal(epochSeconds);
            return ttl.compareTo(BigDecimal.valueOf(now)) < 0
                    && ttl.compareTo(BigDecimal.valueOf(now - FIVE_YEARS_SECONDS)) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
