package io.genericrepo.internal.batch;

import io.genericrepo.internal.mapping.Keys;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which of a batch's writes are sent, and in which requests, decided before any is sent while
 * holding no converted item. Every write is converted once here, so that bad input (a null
 * element, an invalid key, an item over 400 KB) fails the whole call before anything is written;
 * of each conversion only a hash of its key and its size are kept while the others are made. Writes
 * of one key are folded, the last winning at its own position (a hash seen twice is confirmed by
 * converting those writes again, which is rare unless keys repeat); the writes left are cut into
 * requests ({@link BatchChunks}). The plan itself holds 4 bytes per write: the caller converts each
 * request's writes again just before sending it. Internal.
 */
final class BatchPlan {

    /** The positions of the writes to send, in order. */
    private final int[] order;
    /** Where each request starts in {@link #order}, then {@code order.length}. */
    private final int[] starts;

    private BatchPlan(int[] order, int[] starts) {
        this.order = order;
        this.starts = starts;
    }

    /**
     * One write, converted and checked: its key and its size.
     *
     * @param key the key attributes
     * @param bytes the size of the write (the item for a put, the key for a delete)
     */
    record Checked(Map<String, AttributeValue> key, long bytes) {}

    /**
     * @param originals what the caller passed
     * @param check converts and checks one
     * @param <O> what the caller passed
     * @return the plan
     * @throws RuntimeException what {@code check} throws for the first invalid write
     */
    static <O> BatchPlan of(List<O> originals, Function<O, Checked> check) {
        int n = originals.size();
        int[] hashes = new int[n];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            Checked checked = check.apply(originals.get(i));
            hashes[i] = Keys.canonical(checked.key()).hashCode();
            sizes[i] = (int) Math.min(checked.bytes(), Integer.MAX_VALUE);
        }
        BitSet superseded = superseded(originals, check, hashes);
        int[] order = new int[n - superseded.cardinality()];
        int[] keptSizes = new int[order.length];
        for (int i = 0, k = 0; i < n; i++) {
            if (!superseded.get(i)) {
                keptSizes[k] = sizes[i];
                order[k++] = i;
            }
        }
        return new BatchPlan(order, BatchChunks.writes(order.length, keptSizes));
    }

    /** The writes a later write of the same key replaces. */
    private static <O> BitSet superseded(List<O> originals, Function<O, Checked> check, int[] hashes) {
        BitSet superseded = new BitSet(hashes.length);
        int[] sorted = hashes.clone();
        Arrays.sort(sorted);
        Set<Integer> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        if (repeated.isEmpty()) {
            return superseded;
        }
        Map<Map<String, AttributeValue>, Integer> last = new HashMap<>();
        for (int i = 0; i < hashes.length; i++) {
            if (repeated.contains(hashes[i])) {
                Integer earlier = last.put(Keys.canonical(check.apply(originals.get(i)).key()), i);
                if (earlier != null) {
                    superseded.set(earlier);
                }
            }
        }
        return superseded;
    }

    /** @return how many writes are sent (duplicates folded) */
    int writes() {
        return order.length;
    }

    /** @return how many requests, before retries */
    int requests() {
        return starts.length - 1;
    }

    /**
     * @param request a request's number
     * @return the positions, in the caller's list, of its writes
     */
    int[] request(int request) {
        return Arrays.copyOfRange(order, starts[request], starts[request + 1]);
    }
}
