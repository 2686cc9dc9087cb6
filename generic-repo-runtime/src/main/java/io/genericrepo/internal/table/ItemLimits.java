package io.genericrepo.internal.table;

import io.genericrepo.IndexMetadata;
import io.genericrepo.KeyAttribute;
import io.genericrepo.TableMetadata;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.mapping.AttributeValues;
import io.genericrepo.internal.mapping.ItemSize;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's limits on what is written, checked before anything is sent so that one bad item
 * never costs a request (nor, in a batch, the 24 good items beside it): a partition key of at
 * most 2048 bytes, a sort key of at most 1024 (in the table and in its indexes), no empty string or binary in an index key (which
 * DynamoDB refuses even where an emulator stores it), and an item of at most 400 KB by
 * {@link ItemSize}. Each refusal is an {@link IllegalArgumentException} naming the record, the
 * table, the key and the attribute. Internal: the single-item, batch and (later) transaction
 * writes all pass their items through {@link #checkItem}.
 */
final class ItemLimits {

    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;
    private static final int SHOWN_KEY_CHARS = 32;

    private final TableMetadata metadata;
    private final String tableName;

    /**
     * @param metadata the table's metadata
     * @param tableName the table requests use
     */
    public ItemLimits(TableMetadata metadata, String tableName) {
        this.metadata = metadata;
        this.tableName = tableName;
    }

    /**
     * @param key key attributes, as sent in GetItem, DeleteItem or UpdateItem
     * @throws IllegalArgumentException if a key value is longer than DynamoDB allows
     */
    public void checkKey(Map<String, AttributeValue> key) {
        checkLength(key, metadata.partitionKey(), MAX_PARTITION_KEY_BYTES, "partition key");
        if (metadata.sortKey() != null) {
            checkLength(key, metadata.sortKey(), MAX_SORT_KEY_BYTES, "sort key");
        }
    }

    /**
     * @param item an item as it will be stored
     * @return its size, by {@link ItemSize}
     * @throws IllegalArgumentException if a key is too long, an index key is empty, or the item is
     *     over 400 KB
     */
    public long checkItem(Map<String, AttributeValue> item) {
        checkKey(item);
        for (IndexMetadata index : metadata.indexes()) {
            checkIndexKey(item, index.partitionKey(), index, MAX_PARTITION_KEY_BYTES, "partition key");
            checkIndexKey(item, index.sortKey(), index, MAX_SORT_KEY_BYTES, "sort key");
        }
        long size = ItemSize.of(item);
        if (size > ItemSize.MAX_ITEM_BYTES) {
            String largest = null;
            long largestSize = -1;
            for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
                long s = ItemSize.attribute(e.getKey(), e.getValue());
                if (s > largestSize) {
                    largest = e.getKey();
                    largestSize = s;
                }
            }
            throw refused(item, "the item is " + size + " bytes, over DynamoDB's limit of " + ItemSize.MAX_ITEM_BYTES
                    + " bytes (400 KB); its largest attribute is " + largest + " (" + largestSize + " bytes)");
        }
        return size;
    }

    /**
     * @param key the key attributes of the update
     * @param update the changes
     * @throws IllegalArgumentException if the update sets an index key to an empty string or binary
     */
    public void checkUpdate(Map<String, AttributeValue> key, Update<?> update) {
        for (UpdateAction<?> action : update.actions()) {
            AttributeValue value = action instanceof UpdateAction.Set<?> set ? set.value()
                    : action instanceof UpdateAction.SetIfAbsent<?> set ? set.value() : null;
            if (value == null || action.path().segments().size() != 1 || !isEmpty(value)) {
                continue;
            }
            IndexMetadata index = indexKeyedBy(action.path().topName());
            if (index != null) {
                throw new IllegalArgumentException("An update of " + metadata.recordName() + " in table " + tableName
                        + " (" + describe(key) + ") sets " + action.path() + " to an empty value, but it is a key of index "
                        + index.name() + ", and DynamoDB refuses empty index keys; remove it instead to take the item"
                        + " out of the index");
            }
        }
    }

    private IndexMetadata indexKeyedBy(String attribute) {
        for (IndexMetadata index : metadata.indexes()) {
            if (isKey(index.partitionKey(), attribute) || isKey(index.sortKey(), attribute)) {
                return index;
            }
        }
        return null;
    }

    private static boolean isKey(KeyAttribute key, String attribute) {
        return key != null && key.name().equals(attribute);
    }

    private void checkIndexKey(Map<String, AttributeValue> item, KeyAttribute key, IndexMetadata index, int max,
            String role) {
        if (key == null) {
            return;
        }
        AttributeValue value = item.get(key.name());
        if (value != null && isEmpty(value)) {
            throw refused(item, "attribute " + key.name() + " is empty, but it is a key of index " + index.name()
                    + ", and DynamoDB refuses empty index keys; leave it null to keep the item out of the index");
        }
        long length = value == null ? 0 : length(value);
        if (length > max) {
            throw refused(item, "attribute " + key.name() + " is " + length + " bytes, over DynamoDB's limit of " + max
                    + " bytes for the " + role + " of index " + index.name());
        }
    }

    private void checkLength(Map<String, AttributeValue> item, KeyAttribute key, int max, String role) {
        AttributeValue value = item.get(key.name());
        long length = value == null ? 0 : length(value);
        if (length > max) {
            throw refused(item, "key attribute " + key.name() + " is " + length + " bytes, over DynamoDB's limit of "
                    + max + " bytes for a " + role);
        }
    }

    private IllegalArgumentException refused(Map<String, AttributeValue> item, String problem) {
        return new IllegalArgumentException(metadata.recordName() + " in table " + tableName + " (" + describe(item)
                + "): " + problem);
    }

    /** The key for a message, each value cut short when long, so that a 2 KB key does not flood it. */
    private String describe(Map<String, AttributeValue> item) {
        StringJoiner joiner = new StringJoiner(", ");
        for (KeyAttribute key : metadata.sortKey() == null ? new KeyAttribute[] {metadata.partitionKey()}
                : new KeyAttribute[] {metadata.partitionKey(), metadata.sortKey()}) {
            AttributeValue value = item.get(key.name());
            String text = AttributeValues.describeScalar(value);
            if (text.length() > 2 * SHOWN_KEY_CHARS) {
                text = text.substring(0, SHOWN_KEY_CHARS) + "… (" + length(value) + " bytes)";
            }
            joiner.add(key.name() + "=" + text);
        }
        return joiner.toString();
    }

    private static long length(AttributeValue value) {
        if (value.s() != null) {
            return value.s().getBytes(StandardCharsets.UTF_8).length;
        }
        if (value.b() != null) {
            return value.b().asByteArrayUnsafe().length;
        }
        return value.n() == null ? 0 : value.n().length();
    }

    private static boolean isEmpty(AttributeValue value) {
        return (value.s() != null && value.s().isEmpty()) || (value.b() != null && value.b().asByteArrayUnsafe().length == 0);
    }
}
