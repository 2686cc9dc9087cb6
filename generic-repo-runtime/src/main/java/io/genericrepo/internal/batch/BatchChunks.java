package io.genericrepo.internal.batch;

import io.genericrepo.internal.mapping.ItemSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How batches are cut to DynamoDB's sizes: a BatchWriteItem of at most 25 writes and 16 MB, a
 * BatchGetItem of at most 100 keys, in the order given. Internal.
 */
final class BatchChunks {

    private static final int MAX_WRITES = 25;
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int MAX_KEYS = 100;

    private BatchChunks() {}

    /**
     * @param entries the writes, in order
     * @param bytes the size of one write
     * @return requests of at most 25 writes and 16 MB (a larger single write goes alone)
     */
    static <E> List<List<E>> writes(List<E> entries, ToLongFunction<E> bytes) {
        List<List<E>> chunks = new ArrayList<>();
        List<E> current = new ArrayList<>();
        long total = 0;
        for (E e : entries) {
            long size = bytes.applyAsLong(e);
            if (current.size() == MAX_WRITES || (!current.isEmpty() && total + size > MAX_BYTES)) {
                chunks.add(current);
                current = new ArrayList<>();
                total = 0;
            }
            current.add(e);
            total += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * @param keys the keys, in order
     * @return requests of at most 100 keys (views of the list)
     */
    static <E> List<List<E>> keys(List<E> keys) {
        List<List<E>> chunks = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += MAX_KEYS) {
            chunks.add(keys.subList(i, Math.min(keys.size(), i + MAX_KEYS)));
        }
        return chunks;
    }

    /** DynamoDB's item size, by {@link ItemSize}. */
    static long size(Map<String, AttributeValue> item) {
        return ItemSize.of(item);
    }
}
