package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.mapping.CollectionConverters;
import java.util.Map;
import java.util.Objects;

/**
 * A path to a {@code Map<String, V>} (M): size, and entries by key.
 *
 * <pre>{@code Product_.prices.get("EUR").gt(10)}</pre>
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

    /** @return {@code size(path)}, the number of entries */
    public SizeOf<T> size() {
        return new SizeOf<>(attributePath());
    }

    /**
     * @param key an entry's key (any string: it is sent as a placeholder)
     * @return the path of that entry's value
     */
    public ValuePath<T, V> get(String key) {
        return new ValuePath<>(attributePath().child(key), valueConverter);
    }

    /**
     * @param entries the new map
     * @return {@code SET path = entries}
     */
    public UpdateAction<T> set(Map<String, V> entries) {
        return new UpdateAction.Set<>(attributePath(), value(CollectionConverters.map(valueConverter), entries, "set"));
    }
}
