package io.genericrepo.path;

import io.genericrepo.Condition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code size(path)} of a string, binary, list, map or set attribute, for comparisons:
 * {@code Order_.tags.size().gt(2)}.
 *
 * @param <T> the {@code @Table} record
 */
public final class SizeOf<T> {

    private final AttributePath path;

    SizeOf(AttributePath path) {
        this.path = path;
    }

    /**
     * @param n a size
     * @return {@code size(path) = n}
     */
    public Condition<T> eq(int n) {
        return compare(Condition.Comparator.EQ, n);
    }

    /**
     * @param n a size
     * @return {@code size(path) <> n}
     */
    public Condition<T> ne(int n) {
        return compare(Condition.Comparator.NE, n);
    }

    /**
     * @param n a size
     * @return {@code size(path) < n}
     */
    public Condition<T> lt(int n) {
        return compare(Condition.Comparator.LT, n);
    }

    /**
     * @param n a size
     * @return {@code size(path) <= n}
     */
    public Condition<T> le(int n) {
        return compare(Condition.Comparator.LE, n);
    }

    /**
     * @param n a size
     * @return {@code size(path) > n}
     */
    public Condition<T> gt(int n) {
        return compare(Condition.Comparator.GT, n);
    }

    /**
     * @param n a size
     * @return {@code size(path) >= n}
     */
    public Condition<T> ge(int n) {
        return compare(Condition.Comparator.GE, n);
    }

    /**
     * @param low the low end, included
     * @param high the high end, included
     * @return {@code size(path) BETWEEN low AND high}
     */
    public Condition<T> between(int low, int high) {
        return new Condition.Between<>(new Condition.Operand.Size(path), number(low), number(high));
    }

    private Condition<T> compare(Condition.Comparator comparator, int n) {
        return new Condition.Compare<>(new Condition.Operand.Size(path), comparator, number(n));
    }

    private static Condition.Operand number(int n) {
        return new Condition.Operand.Value(AttributeValue.fromN(Integer.toString(n)));
    }
}
