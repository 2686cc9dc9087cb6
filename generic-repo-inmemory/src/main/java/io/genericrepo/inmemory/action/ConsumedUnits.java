package io.genericrepo.inmemory.action;

import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * ConsumedCapacity as DynamoDB computes it, for requests that ask with ReturnConsumedCapacity
 * TOTAL or INDEXES: a read unit per 4 KB read (rounded up, at least one; half for an eventually
 * consistent read), a write unit per 1 KB written (of the larger of the old and new item, at least
 * one). Nothing when not asked for, as DynamoDB. The writes to secondary indexes that DynamoDB also
 * counts are not included. The batch actions add up their reads or writes per table, each rounded
 * on its own, as DynamoDB rounds each item of a batch.
 */
final class ConsumedUnits {

    private static final long READ_UNIT = 4096;
    private static final long WRITE_UNIT = 1024;

    private ConsumedUnits() {}

    /** @return the read capacity of {@code bytes} read, or null when not asked for */
    static ConsumedCapacity read(ReturnConsumedCapacity asked, String table, long bytes, boolean consistent) {
        return of(asked, table, readUnits(bytes, consistent));
    }

    /** @return the write capacity of writing an item of {@code bytes}, or null when not asked for */
    static ConsumedCapacity write(ReturnConsumedCapacity asked, String table, long bytes) {
        return of(asked, table, writeUnits(bytes));
    }

    /** @return the read units of one read of {@code bytes} (rounded up per read, at least one unit) */
    static double readUnits(long bytes, boolean consistent) {
        return Math.max(1, (bytes + READ_UNIT - 1) / READ_UNIT) * (consistent ? 1.0 : 0.5);
    }

    /** @return the write units of one write of an item of {@code bytes} (at least one) */
    static double writeUnits(long bytes) {
        return (double) Math.max(1, (bytes + WRITE_UNIT - 1) / WRITE_UNIT);
    }

    /** @return whether the request asked for ConsumedCapacity (TOTAL or INDEXES) */
    static boolean asked(ReturnConsumedCapacity asked) {
        return asked == ReturnConsumedCapacity.TOTAL || asked == ReturnConsumedCapacity.INDEXES;
    }

    /** @return the capacity of {@code units} on {@code table}, or null when not asked for */
    static ConsumedCapacity of(ReturnConsumedCapacity asked, String table, double units) {
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
