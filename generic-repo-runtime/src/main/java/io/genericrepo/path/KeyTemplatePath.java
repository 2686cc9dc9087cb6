package io.genericrepo.path;

import io.genericrepo.Condition;
import io.genericrepo.internal.keys.KeyPart;
import io.genericrepo.internal.keys.KeyTemplate;
import java.util.List;
import java.util.Objects;

/**
 * Typed sort-key conditions on one component of a composed sort key, for {@code query(...).sortKey(...)}.
 * The generated metamodel offers one per template; conditions on a later component need the earlier
 * ones fixed with {@link #with}.
 *
 * <pre>{@code
 * // sk = "ORDER#{placedAt}#{orderId}": the orders placed in 2026
 * orders.query("c-1").sortKey(Order_.sk.between(Instant.parse("2026-01-01T00:00:00Z"),
 *         Instant.parse("2026-12-31T23:59:59.999999999Z"))).descending().list();
 * // one day's orders whose id starts with "A"
 * orders.query("c-1").sortKey(Order_.sk.with(noon).thenText().beginsWith("A")).list();
 * }</pre>
 *
 * @param <T> the entity record
 * @param <V> the component's Java type
 */
public class KeyTemplatePath<T, V> {

    final KeyTemplate template;
    final List<String> fixed;
    final KeyPart<V> part;

    KeyTemplatePath(KeyTemplate template, List<String> fixed, KeyPart<V> part) {
        this.template = Objects.requireNonNull(template, "template");
        this.fixed = List.copyOf(fixed);
        this.part = Objects.requireNonNull(part, "part");
    }

    /**
     * @param template a sort key's template with at least one placeholder
     * @param first how its first component is written
     * @param <T> the entity record
     * @param <V> the first component's type
     * @return conditions on the first component
     */
    public static <T, V> KeyTemplatePath<T, V> of(KeyTemplate template, KeyPart<V> first) {
        return new KeyTemplatePath<>(template, List.of(), first);
    }

    /**
     * @param template a sort key's template whose first component is a {@code String}
     * @param <T> the entity record
     * @return conditions on the first component, with {@code beginsWith}
     */
    public static <T> Text<T> ofText(KeyTemplate template) {
        return new Text<>(template, List.of());
    }

    /** @return the component the conditions are about */
    public String component() {
        return template.placeholders().get(fixed.size());
    }

    /**
     * @param value the component's value
     * @return the keys whose component is {@code value}
     */
    public Condition<T> eq(V value) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * @param value the bound
     * @return the keys whose component is below {@code value}
     */
    public Condition<T> lt(V value) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * @param value the bound
     * @return the keys whose component is at most {@code value}
     */
    public Condition<T> le(V value) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * @param value the bound
     * @return the keys whose component is above {@code value}
     */
    public Condition<T> gt(V value) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * @param value the bound
     * @return the keys whose component is at least {@code value}
     */
    public Condition<T> ge(V value) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * @param low the low end, included
     * @param high the high end, included
     * @return the keys whose component is between them
     */
    public Condition<T> between(V low, V high) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * Fixes this component, to condition the next one.
     *
     * @param value this component's value
     * @return a step choosing the next component's part
     */
    public Fixed<T> with(V value) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * Conditions on a {@code String} component: those of every component, and {@link #beginsWith}.
     *
     * @param <T> the entity record
     */
    public static final class Text<T> extends KeyTemplatePath<T, String> {
        Text(KeyTemplate template, List<String> fixed) {
            super(template, fixed, io.genericrepo.internal.keys.KeyParts.STRING);
        }

        /**
         * @param prefix the start of the component's text
         * @return the keys whose component starts with {@code prefix}
         */
        public Condition<T> beginsWith(String prefix) {
            throw new UnsupportedOperationException("skeleton");
        }
    }

    /**
     * The earlier components fixed; choose how the next one is written.
     *
     * @param <T> the entity record
     */
    public static final class Fixed<T> {
        private final KeyTemplate template;
        private final List<String> fixed;

        Fixed(KeyTemplate template, List<String> fixed) {
            this.template = template;
            this.fixed = fixed;
        }

        /**
         * @param next how the next component is written
         * @param <W> its type
         * @return conditions on the next component
         */
        public <W> KeyTemplatePath<T, W> then(KeyPart<W> next) {
            return new KeyTemplatePath<>(template, fixed, next);
        }

        /** @return conditions on the next component, a {@code String} */
        public Text<T> thenText() {
            return new Text<>(template, fixed);
        }

        /** @return the keys with the fixed components (any value of the rest) */
        public Condition<T> all() {
            throw new UnsupportedOperationException("skeleton");
        }
    }
}
