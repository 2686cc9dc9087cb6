package io.genericrepo.internal.batch;

import io.genericrepo.internal.mapping.ItemSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
     * @param count how many writes, in order
     * @param bytes the size of each write, by position
     * @return where each request of at most 25 writes and 16 MB starts (a larger single write goes
     *     alone), followed by {@code count}
     */
    static int[] writes(int count, int[] bytes) {
        int[] starts = new int[count / MAX_WRITES + 2];
        int chunks = 0;
        int inChunk = 0;
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (inChunk == MAX_WRITES || (inChunk > 0 && total + bytes[i] > MAX_BYTES)) {
                inChunk = 0;
                total = 0;
            }
            if (inChunk == 0) {
                if (chunks + 1 == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[chunks++] = i;
            }
            inChunk++;
            total += bytes[i];
        }
        starts[chunks] = count;
        return Arrays.copyOf(starts, chunks + 1);
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
