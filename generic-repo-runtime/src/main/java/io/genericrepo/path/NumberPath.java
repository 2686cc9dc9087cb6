package io.genericrepo.path;

import io.genericrepo.AttributeConverter;

/**
 * A path to a number (N) of Java type {@code N}.
 *
 * @param <T> the {@code @Table} record
 * @param <N> the boxed number type
 */
public final class NumberPath<T, N extends Number> extends ComparablePath<T, N> {

    /**
     * @param attributePath where the attribute is
     * @param converter how its values are stored
     */
    public NumberPath(AttributePath attributePath, AttributeConverter<N> converter) {
        super(attributePath, converter);
    }
}
