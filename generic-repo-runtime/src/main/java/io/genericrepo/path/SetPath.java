package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import java.util.Objects;

/**
 * A path to a {@code Set<E>} (SS or NS).
 *
 * @param <T> the {@code @Table} record
 * @param <E> the element type
 */
public final class SetPath<T, E> extends Path<T> {

    private final AttributeConverter<E> elementConverter;

    /**
     * @param attributePath where the attribute is
     * @param elementConverter how elements are stored
     */
    public SetPath(AttributePath attributePath, AttributeConverter<E> elementConverter) {
        super(attributePath);
        this.elementConverter = Objects.requireNonNull(elementConverter, "elementConverter");
    }

    /** @return how elements are stored */
    public AttributeConverter<E> elementConverter() {
        return elementConverter;
    }
}
