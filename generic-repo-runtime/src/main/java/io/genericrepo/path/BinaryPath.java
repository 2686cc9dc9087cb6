package io.genericrepo.path;

import io.genericrepo.internal.Converters;

/**
 * A path to a {@code byte[]} (B), ordered byte by byte as DynamoDB does.
 *
 * @param <T> the {@code @Table} record
 */
public final class BinaryPath<T> extends ComparablePath<T, byte[]> {

    /**
     * @param attributePath where the attribute is
     */
    public BinaryPath(AttributePath attributePath) {
        super(attributePath, Converters.BYTES);
    }
}
