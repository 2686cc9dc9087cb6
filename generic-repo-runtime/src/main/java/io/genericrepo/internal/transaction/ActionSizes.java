package io.genericrepo.internal.transaction;

import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.mapping.ItemSize;
import io.genericrepo.internal.table.WriteParts;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How many bytes a transaction action counts towards DynamoDB's 4 MB of items, and whether an
 * update is already too large for one item: a put counts its item; an update at least its key and
 * each value it sets or appends (its item as a whole is known only when DynamoDB applies it); a
 * delete or check its key. A lower bound never refuses what DynamoDB would take. Internal.
 */
final class ActionSizes {

    private ActionSizes() {}

    /**
     * @param parts the action
     * @param update the caller's changes, for an update; null otherwise
     * @return the bytes the action counts
     */
    static long of(WriteParts<?> parts, Update<?> update) {
        if (parts.item() != null) {
            return ItemSize.of(parts.item());
        }
        long bytes = ItemSize.of(parts.key());
        if (update != null) {
            for (UpdateAction<?> action : update.actions()) {
                bytes += written(action);
            }
        }
        return bytes;
    }

    /**
     * @param parts an update
     * @param update its changes
     * @param recordName the record, for the message
     * @param tableName the table, for the message
     * @param bytes what {@link #of} counted
     * @throws IllegalArgumentException if the values it writes alone exceed an item's 400 KB
     */
    static void checkUpdate(WriteParts<?> parts, Update<?> update, String recordName, String tableName, long bytes) {
        if (bytes <= ItemSize.MAX_ITEM_BYTES) {
            return;
        }
        UpdateAction<?> largest = null;
        for (UpdateAction<?> action : update.actions()) {
            if (largest == null || written(action) > written(largest)) {
                largest = action;
            }
        }
        throw new IllegalArgumentException("An update of " + recordName + " in table " + tableName + " ("
                + parts.describedKey() + ") writes at least " + bytes + " bytes, over DynamoDB's limit of "
                + ItemSize.MAX_ITEM_BYTES + " bytes (400 KB) for an item; its largest value is for " + largest.path()
                + " (" + written(largest) + " bytes)");
    }

    /** The bytes an update action surely leaves in the item: a value set, or the elements appended. */
    private static long written(UpdateAction<?> action) {
        if (action instanceof UpdateAction.Set<?> set) {
            AttributeValue value = set.value();
            return set.path().segments().size() == 1 ? ItemSize.attribute(set.path().topName(), value)
                    : ItemSize.value(value);
        }
        if (action instanceof UpdateAction.Append<?> append) {
            return ItemSize.value(append.elements());
        }
        return 0;
    }
}
