package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;
import io.genericrepo.UpdateAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A path to a single value of Java type {@code V}, stored through its converter: equality,
 * membership, and setting it.
 *
 * <pre>{@code
 * Order_.status.eq(PENDING); Order_.status.in(PENDING, PAID); Order_.status.set(SHIPPED);
 * }</pre>
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

    /**
     * @param value the value
     * @return {@code path = value}
     */
    public Condition<T> eq(V value) {
        return compare(Condition.Comparator.EQ, value, "eq");
    }

    /**
     * @param value the value
     * @return {@code path <> value}; true also where the attribute is missing
     */
    public Condition<T> ne(V value) {
        return compare(Condition.Comparator.NE, value, "ne");
    }

    /**
     * @param other another attribute of the same type
     * @return {@code path = other}
     */
    public Condition<T> eq(ValuePath<T, V> other) {
        return new Condition.Compare<>(operand(), Condition.Comparator.EQ, other.operand());
    }

    /**
     * @param values 1 to 100 values
     * @return {@code path IN (values)}
     */
    @SafeVarargs
    public final Condition<T> in(V... values) {
        List<V> list = new ArrayList<>(values.length);
        for (V v : values) { // the array itself never escapes
            list.add(v);
        }
        return in(list);
    }

    /**
     * @param values 1 to 100 values
     * @return {@code path IN (values)}
     */
    public Condition<T> in(Collection<? extends V> values) {
        List<Condition.Operand> options = new ArrayList<>(values.size());
        for (V v : values) {
            options.add(new Condition.Operand.Value(value(converter, v, "in")));
        }
        return new Condition.In<>(operand(), options);
    }

    /**
     * @param value the new value; to delete the attribute use {@link #remove()}
     * @return {@code SET path = value}
     */
    public UpdateAction<T> set(V value) {
        return new UpdateAction.Set<>(attributePath(), value(converter, value, "set"));
    }

    /**
     * @param value the value to set where there is none
     * @return {@code SET path = if_not_exists(path, value)}
     */
    public UpdateAction<T> setIfAbsent(V value) {
        return new UpdateAction.SetIfAbsent<>(attributePath(), value(converter, value, "setIfAbsent"));
    }

    Condition<T> compare(Condition.Comparator comparator, V value, String operator) {
        return new Condition.Compare<>(operand(), comparator, new Condition.Operand.Value(value(converter, value, operator)));
    }
}
