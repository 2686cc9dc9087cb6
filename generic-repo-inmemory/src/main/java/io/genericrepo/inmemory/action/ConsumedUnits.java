package io.genericrepo.inmemory.action;

import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * ConsumedCapacity as DynamoDB computes it, for requests that ask with ReturnConsumedCapacity
 * TOTAL or INDEXES: a read unit per 4 KB read (rounded up, at least one; half for an eventually
 * consistent read), a write unit per 1 KB written (of the larger of the old and new item, at least
 * one). Nothing when not asked for, as DynamoDB. The writes to secondary indexes that DynamoDB also
 * counts are not included.
 */
final class ConsumedUnits {

    private static final long READ_UNIT = 4096;
    private static final long WRITE_UNIT = 1024;

    private ConsumedUnits() {}

    /** @return the read capacity of {@code bytes} read, or null when not asked for */
    static ConsumedCapacity read(ReturnConsumedCapacity asked, String table, long bytes, boolean consistent) {
        double units = Math.max(1, (bytes + READ_UNIT - 1) / READ_UNIT) * (consistent ? 1.0 : 0.5);
        return of(asked, table, units);
    }

    /** @return the write capacity of writing an item of {@code bytes}, or null when not asked for */
    static ConsumedCapacity write(ReturnConsumedCapacity asked, String table, long bytes) {
        return of(asked, table, (double) Math.max(1, (bytes + WRITE_UNIT - 1) / WRITE_UNIT));
    }

    private static ConsumedCapacity of(ReturnConsumedCapacity asked, String table, double units) {
        if (asked != ReturnConsumedCapacity.TOTAL && asked != ReturnConsumedCapacity.INDEXES) {
            return null;
        }
        ConsumedCapacity.Builder b = ConsumedCapacity.builder().tableName(table).capacityUnits(units);
        if (asked == ReturnConsumedCapacity.INDEXES) {
            b.table(Capacity.builder().capacityUnits(units).build());
        }
        return b.build();
    }
}
