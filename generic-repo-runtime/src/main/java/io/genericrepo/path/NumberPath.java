package io.genericrepo.path;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;
import io.genericrepo.UpdateAction;
import io.genericrepo.internal.mapping.Converters;
import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to a number (N) of Java type {@code N}: comparisons, and atomic arithmetic in updates.
 *
 * <pre>{@code Order_.quantity.gt(0); Order_.quantity.increment(-1)}</pre>
 *
 * @param <T> the {@code @Table} record
 * @param <N> the boxed number type
 */
public final class NumberPath<T, N extends Number> extends ComparablePath<T, N> {

    /**
     * @param attributePath where the attribute is
     * @param converter how its values are stored
     */
    public NumberPath(AttributePath attributePath, AttributeConverter<N> converter) {
        super(attributePath, converter);
    }

    /**
     * Compares with any number, whatever the attribute's Java type: {@code Order_.total.gt(100)}.
     *
     * @param value a number
     * @return {@code path = value}
     */
    public Condition<T> eq(Number value) {
        return compareNumber(Condition.Comparator.EQ, value, "eq");
    }

    /**
     * @param value a number
     * @return {@code path <> value}
     */
    public Condition<T> ne(Number value) {
        return compareNumber(Condition.Comparator.NE, value, "ne");
    }

    /**
     * @param value a number
     * @return {@code path < value}
     */
    public Condition<T> lt(Number value) {
        return compareNumber(Condition.Comparator.LT, value, "lt");
    }

    /**
     * @param value a number
     * @return {@code path <= value}
     */
    public Condition<T> le(Number value) {
        return compareNumber(Condition.Comparator.LE, value, "le");
    }

    /**
     * @param value a number
     * @return {@code path > value}
     */
    public Condition<T> gt(Number value) {
        return compareNumber(Condition.Comparator.GT, value, "gt");
    }

    /**
     * @param value a number
     * @return {@code path >= value}
     */
    public Condition<T> ge(Number value) {
        return compareNumber(Condition.Comparator.GE, value, "ge");
    }

    /**
     * @param low the low end, included
     * @param high the high end, included
     * @return {@code path BETWEEN low AND high}
     */
    public Condition<T> between(Number low, Number high) {
        return new Condition.Between<>(operand(), new Condition.Operand.Value(number(low, "between")),
                new Condition.Operand.Value(number(high, "between")));
    }

    private Condition<T> compareNumber(Condition.Comparator comparator, Number value, String operator) {
        return new Condition.Compare<>(operand(), comparator, new Condition.Operand.Value(number(value, operator)));
    }

    private AttributeValue number(Number value, String operator) {
        if (value == null) {
            return value(converter(), null, operator); // the shared null message
        }
        BigDecimal decimal;
        try {
            decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(operator + "(" + value + ") on " + this + " is not a DynamoDB number", e);
        }
        return value(Converters.BIG_DECIMAL, decimal, operator);
    }

    /**
     * Adds to the number atomically; a missing attribute counts as zero.
     *
     * @param amount the amount, negative to subtract
     * @return {@code SET path = if_not_exists(path, 0) + amount}
     */
    public UpdateAction<T> increment(N amount) {
        return new UpdateAction.Increment<>(attributePath(), value(converter(), amount, "increment"));
    }

    /**
     * DynamoDB's ADD on a number: like {@link #increment}, for top-level attributes.
     *
     * @param amount the amount, negative to subtract
     * @return {@code ADD path amount}
     */
    public UpdateAction<T> add(N amount) {
        return new UpdateAction.Add<>(attributePath(), value(converter(), amount, "add"));
    }
}
