package io.genericrepo.path;

import io.genericrepo.AttributeConverter;

/**
 * A path to an enum stored by name (S): equality and membership, no ordering (names do not sort
 * in declaration order).
 *
 * @param <T> the {@code @Table} record
 * @param <E> the enum
 */
public final class EnumPath<T, E extends Enum<E>> extends ValuePath<T, E> {

    /**
     * @param attributePath where the attribute is
     * @param converter how its values are stored
     */
    public EnumPath(AttributePath attributePath, AttributeConverter<E> converter) {
        super(attributePath, converter);
    }
}
