package io.genericrepo.inmemory.store;

import io.genericrepo.inmemory.value.Values;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A position in a table's or an index's ordered map: the partition hash first (so that a table
 * scan visits partitions in hash order and a scan segment is a contiguous range of hashes), then
 * the key values in order, each compared by {@link Values#KEY_ORDER}. A shorter key with
 * {@code bound} -1 or +1 sorts before or after every key it is a prefix of, which turns "one
 * partition" or "one hash range" into a sub-map.
 *
 * @param hash the partition key's hash, 0 .. 2^32-1
 * @param parts the key values (for a table: partition key, sort key; for an index: index partition
 *     key, index sort key, then the table's key)
 * @param bound 0 for an item's key; -1 or +1 for a range bound
 */
public record SortKey(long hash, AttributeValue[] parts, int bound) implements Comparable<SortKey> {

    /** @return the position of an item with these key values */
    public static SortKey of(long hash, AttributeValue... parts) {
        return new SortKey(hash, parts, 0);
    }

    @Override
    public int compareTo(SortKey other) {
        int c = Long.compare(hash, other.hash);
        if (c != 0) {
            return c;
        }
        int n = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            c = Values.KEY_ORDER.compare(parts[i], other.parts[i]);
            if (c != 0) {
                return c;
            }
        }
        if (parts.length == other.parts.length) {
            return Integer.compare(bound, other.bound);
        }
        // one is a prefix of the other: the prefix's bound decides, a plain prefix sorts first
        return parts.length < other.parts.length ? (bound > 0 ? 1 : -1) : (other.bound > 0 ? -1 : 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortKey k && compareTo(k) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash) * 31 + parts.length;
    }

    @Override
    public String toString() {
        return "SortKey[" + hash + ", " + Arrays.toString(parts) + ", " + bound + "]";
    }
}
