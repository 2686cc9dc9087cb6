package io.genericrepo.path;

import io.genericrepo.Condition;
import io.genericrepo.internal.mapping.MoreConverters;

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
        super(attributePath, MoreConverters.BYTES);
    }

    /**
     * @param prefix the leading bytes
     * @return {@code begins_with(path, prefix)}
     */
    public Condition<T> beginsWith(byte[] prefix) {
        return new Condition.BeginsWith<>(attributePath(), value(converter(), prefix, "beginsWith"));
    }

    /** @return {@code size(path)}, the number of bytes */
    public SizeOf<T> size() {
        return new SizeOf<>(attributePath());
    }
}
