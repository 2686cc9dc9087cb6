package io.genericrepo;

import io.genericrepo.internal.expression.ValueOrder;
import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition on items of the record {@code T}: a filter for queries and scans, or the condition
 * of a conditional write. Built from the typed paths of the generated metamodel and combined
 * with {@link #and}, {@link #or} and {@link #not()}; a small sealed tree that one renderer turns
 * into a DynamoDB expression with placeholders for every name and value.
 *
 * <pre>{@code
 * Condition<Order> c = Order_.status.in(PENDING, PAID).and(Order_.tags.contains("gift"));
 * Condition<Order> guarded = Order_.quantity.gt(0).withMessage("Order is empty");
 * }</pre>
 *
 * <p>The type parameter keeps a {@code Condition<Order>} away from a {@code Customer} repository.
 *
 * @param <T> the record the condition is about
 */
public sealed interface Condition<T> {

    /**
     * This and another condition, both.
     *
     * @param other the other condition
     * @return {@code this AND other}
     */
    default Condition<T> and(Condition<T> other) {
        return allOf(List.of(this, other));
    }

    /**
     * This or another condition, either.
     *
     * @param other the other condition
     * @return {@code this OR other}
     */
    default Condition<T> or(Condition<T> other) {
        return anyOf(List.of(this, other));
    }

    /** @return {@code NOT this} */
    default Condition<T> not() {
        return new Not<>(this);
    }

    /**
     * The same condition, with the message a {@link ConditionFailedException} carries when a write
     * is rejected by it (like the Python package's rejection message).
     *
     * @param message what to tell the caller, such as {@code "Order must be pending"}
     * @return the described condition
     */
    default Condition<T> withMessage(String message) {
        return new Described<>(this instanceof Described<T> d ? d.condition() : this,
                Objects.requireNonNull(message, "message"));
    }

    /**
     * @param conditions at least one condition
     * @param <T> the record
     * @return all of them
     */
    @SafeVarargs
    static <T> Condition<T> allOf(Condition<T>... conditions) {
        List<Condition<T>> list = new ArrayList<>(conditions.length);
        for (Condition<T> c : conditions) { // the array itself never escapes
            list.add(c);
        }
        return allOf(list);
    }

    /**
     * @param conditions at least one condition
     * @param <T> the record
     * @return all of them; nested ANDs are flattened
     */
    static <T> Condition<T> allOf(List<Condition<T>> conditions) {
        return conditions.size() == 1 ? conditions.get(0) : new And<>(flatten(conditions, And.class));
    }

    /**
     * @param conditions at least one condition
     * @param <T> the record
     * @return any of them
     */
    @SafeVarargs
    static <T> Condition<T> anyOf(Condition<T>... conditions) {
        List<Condition<T>> list = new ArrayList<>(conditions.length);
        for (Condition<T> c : conditions) {
            list.add(c);
        }
        return anyOf(list);
    }

    /**
     * @param conditions at least one condition
     * @param <T> the record
     * @return any of them; nested ORs are flattened
     */
    static <T> Condition<T> anyOf(List<Condition<T>> conditions) {
        return conditions.size() == 1 ? conditions.get(0) : new Or<>(flatten(conditions, Or.class));
    }

    /**
     * @param condition a condition
     * @param <T> the record
     * @return its negation
     */
    static <T> Condition<T> not(Condition<T> condition) {
        return new Not<>(condition);
    }

    private static <T> List<Condition<T>> flatten(List<Condition<T>> conditions, Class<?> kind) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("Combine at least one condition");
        }
        List<Condition<T>> flat = new ArrayList<>();
        for (Condition<T> c : conditions) {
            Objects.requireNonNull(c, "a combined condition must not be null");
            if (c instanceof And<T> and && kind == And.class) {
                flat.addAll(and.conditions());
            } else if (c instanceof Or<T> or && kind == Or.class) {
                flat.addAll(or.conditions());
            } else {
                flat.add(c);
            }
        }
        return List.copyOf(flat);
    }

    /** A comparison operator. */
    enum Comparator {
        /** {@code =} */ EQ("="),
        /** {@code <>} */ NE("<>"),
        /** {@code <} */ LT("<"),
        /** {@code <=} */ LE("<="),
        /** {@code >} */ GT(">"),
        /** {@code >=} */ GE(">=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        /** @return the operator as DynamoDB writes it */
        public String symbol() {
            return symbol;
        }
    }

    /** What a comparison compares: an attribute, the size of one, or a value. */
    sealed interface Operand {
        /** @param path an attribute */
        record Attribute(AttributePath path) implements Operand {}

        /** @param path an attribute whose {@code size()} is compared */
        record Size(AttributePath path) implements Operand {}

        /** @param value a value, always sent as a placeholder */
        record Value(AttributeValue value) implements Operand {}
    }

    /**
     * {@code left op right}.
     *
     * @param left left operand
     * @param comparator the operator
     * @param right right operand
     * @param <T> the record
     */
    record Compare<T>(Operand left, Comparator comparator, Operand right) implements Condition<T> {}

    /**
     * {@code operand BETWEEN low AND high}, both ends included.
     *
     * @param operand what is tested
     * @param low the low end
     * @param high the high end
     * @param <T> the record
     */
    record Between<T>(Operand operand, Operand low, Operand high) implements Condition<T> {
        /** Refuses a low end above the high end, in DynamoDB's order of the values' type. */
        public Between {
            if (low instanceof Operand.Value l && high instanceof Operand.Value h) {
                String what = operand instanceof Operand.Attribute a ? a.path().toString()
                        : operand instanceof Operand.Size size ? "size(" + size.path() + ")" : "a value";
                ValueOrder.checkRange(what, l.value(), h.value());
            }
        }
    }

    /**
     * {@code operand IN (options)}: 1 to 100 options.
     *
     * @param operand what is tested
     * @param options the allowed values
     * @param <T> the record
     */
    record In<T>(Operand operand, List<Operand> options) implements Condition<T> {
        /** Checks the number of options, which DynamoDB limits to 100. */
        public In {
            if (options.isEmpty() || options.size() > 100) {
                throw new IllegalArgumentException("in(...) takes 1 to 100 values (DynamoDB's limit), found "
                        + options.size());
            }
            options = List.copyOf(options);
        }
    }

    /**
     * {@code begins_with(path, prefix)}.
     *
     * @param path a string or binary attribute
     * @param prefix the prefix
     * @param <T> the record
     */
    record BeginsWith<T>(AttributePath path, AttributeValue prefix) implements Condition<T> {}

    /**
     * {@code contains(path, operand)}: a substring of a string, or an element of a list or set.
     *
     * @param path the attribute
     * @param operand the substring or element
     * @param <T> the record
     */
    record Contains<T>(AttributePath path, AttributeValue operand) implements Condition<T> {}

    /**
     * {@code attribute_exists(path)}.
     *
     * @param path the attribute
     * @param <T> the record
     */
    record Exists<T>(AttributePath path) implements Condition<T> {}

    /**
     * {@code attribute_not_exists(path)}.
     *
     * @param path the attribute
     * @param <T> the record
     */
    record NotExists<T>(AttributePath path) implements Condition<T> {}

    /**
     * {@code attribute_type(path, type)}.
     *
     * @param path the attribute
     * @param type S, SS, N, NS, B, BS, BOOL, NULL, L or M
     * @param <T> the record
     */
    record HasType<T>(AttributePath path, String type) implements Condition<T> {}

    /**
     * All of the conditions.
     *
     * @param conditions two or more
     * @param <T> the record
     */
    record And<T>(List<Condition<T>> conditions) implements Condition<T> {}

    /**
     * Any of the conditions.
     *
     * @param conditions two or more
     * @param <T> the record
     */
    record Or<T>(List<Condition<T>> conditions) implements Condition<T> {}

    /**
     * The condition does not hold.
     *
     * @param condition the negated condition
     * @param <T> the record
     */
    record Not<T>(Condition<T> condition) implements Condition<T> {}

    /**
     * A condition with the message to report when a write is rejected by it.
     *
     * @param condition the condition
     * @param message the message
     * @param <T> the record
     */
    record Described<T>(Condition<T> condition, String message) implements Condition<T> {}
}
