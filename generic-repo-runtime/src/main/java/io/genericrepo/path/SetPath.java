package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;
import io.genericrepo.UpdateAction;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to a {@code Set<E>} (SS or NS): membership, size, and adding or deleting elements.
 *
 * <pre>{@code Customer_.interests.contains("poetry"); Customer_.interests.add("chess")}</pre>
 *
 * @param <T> the {@code @Table} record
 * @param <E> the element type
 */
public final class SetPath<T, E> extends Path<T> {

    private final AttributeConverter<E> elementConverter;
    private final AttributeConverter<Set<E>> setConverter;

    /**
     * @param attributePath where the attribute is
     * @param elementConverter how elements are stored
     * @param setConverter how the whole set is stored
     */
    public SetPath(AttributePath attributePath, AttributeConverter<E> elementConverter,
            AttributeConverter<Set<E>> setConverter) {
        super(attributePath);
        this.elementConverter = Objects.requireNonNull(elementConverter, "elementConverter");
        this.setConverter = Objects.requireNonNull(setConverter, "setConverter");
    }

    /** @return how elements are stored */
    public AttributeConverter<E> elementConverter() {
        return elementConverter;
    }

    /**
     * @param element an element
     * @return {@code contains(path, element)}
     */
    public Condition<T> contains(E element) {
        return new Condition.Contains<>(attributePath(), value(elementConverter, element, "contains"));
    }

    /** @return {@code size(path)}, the number of elements */
    public SizeOf<T> size() {
        return new SizeOf<>(attributePath());
    }

    /**
     * @param elements the new set, not empty (DynamoDB cannot store an empty set; use remove())
     * @return {@code SET path = elements}
     */
    public UpdateAction<T> set(Set<E> elements) {
        return new UpdateAction.Set<>(attributePath(), value(setConverter, elements, "set"));
    }

    /**
     * @param elements elements to add
     * @return {@code ADD path elements}
     */
    @SafeVarargs
    public final UpdateAction<T> add(E... elements) {
        Set<E> list = new LinkedHashSet<>();
        for (E e : elements) { // the array itself never escapes (no heap pollution)
            list.add(e);
        }
        return new UpdateAction.Add<>(attributePath(), elements(list, "add"));
    }

    /**
     * @param elements elements to remove; a set left empty disappears
     * @return {@code DELETE path elements}
     */
    @SafeVarargs
    public final UpdateAction<T> delete(E... elements) {
        Set<E> list = new LinkedHashSet<>();
        for (E e : elements) { // the array itself never escapes (no heap pollution)
            list.add(e);
        }
        return new UpdateAction.Delete<>(attributePath(), elements(list, "delete"));
    }

    private AttributeValue elements(Set<E> elements, String operator) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException(operator + "() on " + this + " needs at least one element");
        }
        return value(setConverter, elements, operator);
    }

}
