package io.genericrepo.path;

import io.genericrepo.internal.mapping.Converters;

/**
 * A path to a {@code boolean} (BOOL): equality only, no ordering.
 *
 * @param <T> the {@code @Table} record
 */
public final class BooleanPath<T> extends ValuePath<T, Boolean> {

    /**
     * @param attributePath where the attribute is
     */
    public BooleanPath(AttributePath attributePath) {
        super(attributePath, Converters.BOOLEAN);
    }
}
