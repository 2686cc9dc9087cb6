package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import java.util.Objects;

/**
 * A path to a {@code Map<String, V>} (M).
 *
 * @param <T> the {@code @Table} record
 * @param <V> the value type
 */
public final class MapPath<T, V> extends Path<T> {

    private final AttributeConverter<V> valueConverter;

    /**
     * @param attributePath where the attribute is
     * @param valueConverter how values are stored
     */
    public MapPath(AttributePath attributePath, AttributeConverter<V> valueConverter) {
        super(attributePath);
        this.valueConverter = Objects.requireNonNull(valueConverter, "valueConverter");
    }

    /** @return how values are stored */
    public AttributeConverter<V> valueConverter() {
        return valueConverter;
    }
}
