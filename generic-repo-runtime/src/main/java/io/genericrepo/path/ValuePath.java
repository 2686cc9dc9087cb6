package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import java.util.Objects;

/**
 * A path to a single value of Java type {@code V}, stored through its converter. Equality
 * operators apply to every such value.
 *
 * @param <T> the {@code @Table} record
 * @param <V> the component's Java type
 */
public class ValuePath<T, V> extends Path<T> {

    private final AttributeConverter<V> converter;

    /**
     * @param attributePath where the attribute is
     * @param converter how its values are stored
     */
    public ValuePath(AttributePath attributePath, AttributeConverter<V> converter) {
        super(attributePath);
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    /** @return how values of this path are stored, used to render values in expressions */
    public AttributeConverter<V> converter() {
        return converter;
    }
}
