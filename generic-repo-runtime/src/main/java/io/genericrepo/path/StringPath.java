package io.genericrepo.path;

import io.genericrepo.internal.Converters;

/**
 * A path to a {@code String} (S).
 *
 * @param <T> the {@code @Table} record
 */
public final class StringPath<T> extends ComparablePath<T, String> {

    /**
     * @param attributePath where the attribute is
     */
    public StringPath(AttributePath attributePath) {
        super(attributePath, Converters.STRING);
    }
}
