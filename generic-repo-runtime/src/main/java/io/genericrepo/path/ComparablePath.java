package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;

/**
 * A path to a value that DynamoDB orders: numbers, strings, binary, and the types stored as
 * sortable strings ({@code Instant}, {@code LocalDate}, {@code UUID}).
 *
 * <pre>{@code Order_.createdAt.between(monday, friday); Order_.total.gt(new BigDecimal("100"))}</pre>
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

    /**
     * @param value the value
     * @return {@code path < value}
     */
    public Condition<T> lt(V value) {
        return compare(Condition.Comparator.LT, value, "lt");
    }

    /**
     * @param value the value
     * @return {@code path <= value}
     */
    public Condition<T> le(V value) {
        return compare(Condition.Comparator.LE, value, "le");
    }

    /**
     * @param value the value
     * @return {@code path > value}
     */
    public Condition<T> gt(V value) {
        return compare(Condition.Comparator.GT, value, "gt");
    }

    /**
     * @param value the value
     * @return {@code path >= value}
     */
    public Condition<T> ge(V value) {
        return compare(Condition.Comparator.GE, value, "ge");
    }

    /**
     * @param low the low end, included
     * @param high the high end, included
     * @return {@code path BETWEEN low AND high}
     */
    public Condition<T> between(V low, V high) {
        return new Condition.Between<>(operand(), new Condition.Operand.Value(value(converter(), low, "between")),
                new Condition.Operand.Value(value(converter(), high, "between")));
    }
}
