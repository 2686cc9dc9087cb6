package io.genericrepo.inmemory.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The hash of a partition key value, which places the partition in scan order and in a scan
 * segment. Keys are stored normalised, so equal numbers have equal text and equal hashes.
 */
final class PartitionHash {

    private PartitionHash() {}

    /** @return an unsigned 32-bit hash, 0 .. 2^32-1 */
    static long of(AttributeValue value) {
        int h = switch (value.type()) {
            case S -> value.s().hashCode();
            case N -> value.n().hashCode() * 31 + 7;
            case B -> value.b().asByteBuffer().hashCode() * 31 + 13;
            default -> value.hashCode();
        };
        return Integer.toUnsignedLong(mix(h));
    }

    /** The first hash of scan segment {@code segment} of {@code total}: segments are contiguous hash ranges. */
    static long segmentStart(int segment, int total) {
        return ((((long) segment) << 32) + total - 1) / total;
    }

    // MurmurHash3's finaliser: spreads similar keys ("item-1", "item-2") across the hash range
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
