package io.genericrepo;

import io.genericrepo.path.AttributePath;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One change of an {@link Update}, built from the metamodel's paths:
 * {@code Order_.status.set(SHIPPED)}, {@code Order_.quantity.increment(-1)},
 * {@code Order_.tags.append("gift")}, {@code Order_.note.remove()}.
 *
 * @param <T> the record
 */
public sealed interface UpdateAction<T> {

    /** @return the attribute this action changes */
    AttributePath path();

    /**
     * {@code SET path = value}.
     *
     * @param path the attribute
     * @param value its new value
     * @param <T> the record
     */
    record Set<T>(AttributePath path, AttributeValue value) implements UpdateAction<T> {}

    /**
     * {@code SET path = if_not_exists(path, value)}: sets the value only where there is none.
     *
     * @param path the attribute
     * @param value the value if absent
     * @param <T> the record
     */
    record SetIfAbsent<T>(AttributePath path, AttributeValue value) implements UpdateAction<T> {}

    /**
     * {@code SET path = if_not_exists(path, 0) + amount}: adds to a number, a missing one counting as 0.
     *
     * @param path a number attribute
     * @param amount the amount, negative to subtract
     * @param <T> the record
     */
    record Increment<T>(AttributePath path, AttributeValue amount) implements UpdateAction<T> {}

    /**
     * {@code SET path = list_append(...)}: adds elements at the end (or the start) of a list, a
     * missing list counting as empty.
     *
     * @param path a list attribute
     * @param elements an L value
     * @param atStart true to prepend
     * @param <T> the record
     */
    record Append<T>(AttributePath path, AttributeValue elements, boolean atStart) implements UpdateAction<T> {}

    /**
     * {@code REMOVE path}.
     *
     * @param path the attribute
     * @param <T> the record
     */
    record Remove<T>(AttributePath path) implements UpdateAction<T> {}

    /**
     * {@code ADD path value}: adds to a number or adds elements to a set.
     *
     * @param path a number or set attribute
     * @param value a number, or a set of elements
     * @param <T> the record
     */
    record Add<T>(AttributePath path, AttributeValue value) implements UpdateAction<T> {}

    /**
     * {@code DELETE path value}: removes elements from a set.
     *
     * @param path a set attribute
     * @param value a set of elements
     * @param <T> the record
     */
    record Delete<T>(AttributePath path, AttributeValue value) implements UpdateAction<T> {}
}
