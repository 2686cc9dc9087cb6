package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.mapping.CollectionConverters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to a {@code List<E>} (L): membership, size, elements by index, and appending.
 *
 * <pre>{@code Order_.tags.contains("gift"); Order_.tags.append("express"); Order_.tags.get(0).eq("gift")}</pre>
 *
 * @param <T> the {@code @Table} record
 * @param <E> the element type
 */
public final class ListPath<T, E> extends Path<T> {

    private final AttributeConverter<E> elementConverter;

    /**
     * @param attributePath where the attribute is
     * @param elementConverter how elements are stored
     */
    public ListPath(AttributePath attributePath, AttributeConverter<E> elementConverter) {
        super(attributePath);
        this.elementConverter = Objects.requireNonNull(elementConverter, "elementConverter");
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
     * @param index a position, from 0
     * @return the path of that element, {@code tags[0]}
     */
    public ValuePath<T, E> get(int index) {
        return new ValuePath<>(attributePath().index(index), elementConverter);
    }

    /**
     * @param elements the new list
     * @return {@code SET path = elements}
     */
    public UpdateAction<T> set(List<E> elements) {
        return new UpdateAction.Set<>(attributePath(), value(CollectionConverters.list(elementConverter), elements, "set"));
    }

    /**
     * @param elements elements to add at the end; a missing list counts as empty
     * @return {@code SET path = list_append(if_not_exists(path, []), elements)}
     */
    @SafeVarargs
    public final UpdateAction<T> append(E... elements) {
        List<E> list = new ArrayList<>(elements.length);
        for (E e : elements) { // the array itself never escapes (no heap pollution)
            list.add(e);
        }
        return new UpdateAction.Append<>(attributePath(), elements(list, "append"), false);
    }

    /**
     * @param elements elements to add at the start; a missing list counts as empty
     * @return {@code SET path = list_append(elements, if_not_exists(path, []))}
     */
    @SafeVarargs
    public final UpdateAction<T> prepend(E... elements) {
        List<E> list = new ArrayList<>(elements.length);
        for (E e : elements) { // the array itself never escapes (no heap pollution)
            list.add(e);
        }
        return new UpdateAction.Append<>(attributePath(), elements(list, "prepend"), true);
    }

    private AttributeValue elements(List<E> elements, String operator) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException(operator + "() on " + this + " needs at least one element");
        }
        return value(CollectionConverters.list(elementConverter), elements, operator);
    }

}
