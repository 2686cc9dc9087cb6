package io.genericrepo.path;

import io.genericrepo.AttributeConverter;

/**
 * A path to a value that DynamoDB orders: numbers, strings, binary, and the types stored as
 * sortable strings ({@code Instant}, {@code LocalDate}, {@code UUID}).
 *
 * @param <T> the {@code @Table} record
 * @param <V> the component's Java type
 */
public class ComparablePath<T, V> extends ValuePath<T, V> {

    /**
     * @param attributePath where the attribute is
     * @param converter how its values are stored
     */
    public ComparablePath(AttributePath attributePath, AttributeConverter<V> converter) {
        super(attributePath, converter);
    }
}
