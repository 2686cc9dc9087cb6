package io.genericrepo.path;

import io.genericrepo.Condition;
import io.genericrepo.internal.keys.KeyPart;
import io.genericrepo.internal.keys.KeyParts;
import io.genericrepo.internal.keys.KeyTemplate;
import io.genericrepo.internal.keys.KeyTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed sort-key conditions on one component of a composed sort key, for {@code query(...).sortKey(...)}:
 * each is one DynamoDB key condition on the physical sort key attribute. Conditions on a later
 * component need the earlier ones fixed with {@link #with}.
 *
 * <pre>{@code
 * // sk = "ORDER#{placedAt}#{orderId}": the orders placed in 2026, newest first
 * shop.orders().query("c-1").sortKey(Order_.SORT_KEY.between(Instant.parse("2026-01-01T00:00:00Z"),
 *         Instant.parse("2026-12-31T23:59:59.999999999Z"))).descending().list();
 * // the orders of one instant whose id starts with "A"
 * shop.orders().query("c-1").sortKey(Order_.SORT_KEY.with(noon).thenText().beginsWith("A")).list();
 * }</pre>
 *
 * <p>What each condition selects, among the keys this template renders, is exactly the keys
 * whose component satisfies it. A range stays within the keys that start with the template's
 * prefix (the literal text and the fixed components before this one, such as {@code ORDER#}), and
 * may end on the least key after them ({@code ORDER$}): other entities' keys come in only if they
 * share that prefix or are that end. A typed view filters on the type tag, so they are never
 * returned as this entity.
 *
 * <p>Ranges ({@code lt le gt ge between}) need text order to be value order: they are offered for
 * fixed-width components (int, long, Instant, LocalDate, UUID) anywhere in the template, and for any
 * ordered component that ends the template. Elsewhere a {@code String}, enum or boolean component
 * offers {@code eq} (and {@code beginsWith} for strings): {@code "ab"} sorts after {@code "ab!"}
 * once a separator {@code '#'} follows them.
 *
 * @param <T> the entity record
 * @param <V> the component's Java type
 */
public class KeyTemplatePath<T, V> {

    private final KeyTemplate template;
    private final List<String> fixed;
    private final KeyPart<V> part;
    private final int index;
    private final boolean last;
    private final String after;

    KeyTemplatePath(KeyTemplate template, List<String> fixed, KeyPart<V> part) {
        this.template = Objects.requireNonNull(template, "template");
        this.fixed = List.copyOf(fixed);
        this.part = Objects.requireNonNull(part, "part");
        this.index = fixed.size();
        if (template.role() != KeyTemplate.Role.SORT_KEY) {
            throw new IllegalArgumentException("Key conditions need a sort key's template; " + template
                    + " is a partition key's");
        }
        if (index >= template.placeholders().size()) {
            throw new IllegalArgumentException("Key template " + template + " has no component after "
                    + template.placeholders());
        }
        this.last = index == template.placeholders().size() - 1;
        this.after = template.literal(index + 1);
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
        return template.placeholders().get(index);
    }

    /**
     * @param value the component's value
     * @return the keys whose component is {@code value}
     */
    public Condition<T> eq(V value) {
        String key = key(value, "eq");
        return last ? compare(Condition.Comparator.EQ, key) : new Condition.BeginsWith<>(path(), s(key));
    }

    /**
     * @param value the bound
     * @return the keys whose component is below {@code value}
     */
    public Condition<T> lt(V value) {
        checkRange("lt");
        String text = text(value, "lt");
        if (part.width() < 0) { // a variable-width component ending the template: the greatest key that fits below
            String key = key(text);
            String below = KeyTexts.greatestBelow(key, template.role().maxBytes());
            return below.length() < start().length() + 1 ? nothing() : upTo(below);
        }
        Optional<String> below = KeyTexts.below(text, part.alphabet());
        return below.isEmpty() ? nothing() : upTo(highest(rawKey(below.get())));
    }

    /**
     * @param value the bound
     * @return the keys whose component is at most {@code value}
     */
    public Condition<T> le(V value) {
        checkRange("le");
        return upTo(highest(key(value, "le")));
    }

    /**
     * @param value the bound
     * @return the keys whose component is above {@code value}
     */
    public Condition<T> gt(V value) {
        checkRange("gt");
        String key = key(value, "gt");
        String low = last && after.isEmpty() ? key + '\u0000' // the least text above: the value and NUL
                : KeyTexts.after(key).orElseThrow();
        return from(low);
    }

    /**
     * @param value the bound
     * @return the keys whose component is at least {@code value}
     */
    public Condition<T> ge(V value) {
        checkRange("ge");
        return from(key(value, "ge"));
    }

    /**
     * @param low the low end, included
     * @param high the high end, included
     * @return the keys whose component is between them
     */
    public Condition<T> between(V low, V high) {
        checkRange("between");
        String lowText = text(low, "between");
        String highText = text(high, "between");
        if (KeyTexts.compare(lowText, highText) > 0) {
            throw new IllegalArgumentException("between(" + low + ", " + high + ") on " + where()
                    + ": the low end is above the high end");
        }
        return new Condition.Between<>(new Condition.Operand.Attribute(path()), value(key(lowText)),
                value(highest(key(highText))));
    }

    /**
     * Fixes this component, to condition the next one.
     *
     * @param value this component's value
     * @return a step choosing the next component's part
     */
    public Fixed<T> with(V value) {
        if (last) {
            throw new IllegalArgumentException("with(...) on " + where() + ": it is the template's last component;"
                    + " use eq(...)");
        }
        List<String> texts = new ArrayList<>(fixed);
        texts.add(text(value, "with"));
        template.prefix(texts.toArray(String[]::new)); // checks the text
        return new Fixed<>(template, texts);
    }

    /** The key text before this component. */
    String start() {
        return template.prefix(fixed.toArray(String[]::new));
    }

    String text(V value, String operator) {
        try {
            return template.text(index, part, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(operator + "(...) on the sort key: " + e.getMessage(), e);
        }
    }

    /** @return the literal after this component */
    String literalAfter() {
        return after;
    }

    /** @return the literal before this component */
    String literalBefore() {
        return template.literal(index);
    }

    String where() {
        return "component " + component() + " of key attribute " + template.attribute() + " (template \""
                + template.template() + "\")";
    }

    private String key(V value, String operator) {
        return key(text(value, operator));
    }

    /** The start of every key whose component has {@code text}, checked; the whole key when it is last. */
    String key(String text) {
        List<String> texts = new ArrayList<>(fixed);
        texts.add(text);
        return template.prefix(texts.toArray(String[]::new));
    }

    /** As {@link #key(String)} for a text that need not be a real one (a bound between texts). */
    private String rawKey(String text) {
        return start() + text + after;
    }

    /** The greatest bound that keys starting with {@code key} reach: the key itself when it is whole. */
    private String highest(String key) {
        return last ? key : KeyTexts.after(key).orElseThrow();
    }

    /**
     * A condition no key of the template meets: equal to the key text before this component (a key
     * always has a text for the component), or, when there is none, to NUL, which no fixed-width text is.
     */
    private Condition<T> nothing() {
        if (!start().isEmpty()) {
            return compare(Condition.Comparator.EQ, start());
        }
        if (part.width() >= 0) {
            return compare(Condition.Comparator.EQ, "\u0000");
        }
        throw new IllegalArgumentException("lt(\"\\u0000\") on " + where() + ": no text is below it");
    }

    private Condition<T> upTo(String high) {
        String low = start();
        return low.isEmpty() ? compare(Condition.Comparator.LE, high)
                : new Condition.Between<>(new Condition.Operand.Attribute(path()), value(low), value(high));
    }

    private Condition<T> from(String low) {
        Optional<String> high = KeyTexts.after(start());
        return high.isEmpty() ? compare(Condition.Comparator.GE, low)
                : new Condition.Between<>(new Condition.Operand.Attribute(path()), value(low), value(high.get()));
    }

    private void checkRange(String operator) {
        if (!part.ordered()) {
            throw new IllegalArgumentException(operator + "(...) on " + where() + ": its text order is not the order"
                    + " of its values (" + part.describe() + " written by a converter); use eq(...)");
        }
        if (part.width() < 0 && !(last && after.isEmpty())) {
            throw new IllegalArgumentException(operator + "(...) on " + where() + ": " + part.describe()
                    + " has texts of different lengths, so once \"" + after + "\" follows it the key order is not the"
                    + " value order (\"ab\" + \"" + after + "\" sorts after \"ab!\" + \"" + after + "\"); ranges work"
                    + " on int, long, Instant, LocalDate and UUID components, or on the component that ends the"
                    + " template. Use eq(...)" + (part == KeyParts.STRING ? " or beginsWith(...)" : ""));
        }
    }

    Condition<T> compare(Condition.Comparator comparator, String key) {
        return new Condition.Compare<>(new Condition.Operand.Attribute(path()), comparator, value(key));
    }

    AttributePath path() {
        return AttributePath.of(template.attribute());
    }

    private Condition.Operand value(String key) {
        return new Condition.Operand.Value(s(key));
    }

    AttributeValue s(String key) {
        int bytes = KeyTexts.bytes(key);
        if (bytes > template.role().maxBytes()) {
            throw new IllegalArgumentException("A condition on " + where() + " would compare with a key of " + bytes
                    + " bytes, over DynamoDB's limit of " + template.role().maxBytes() + " for a sort key");
        }
        return AttributeValue.fromS(key);
    }

    /**
     * Conditions on a {@code String} component: those of every component, and {@link #beginsWith}.
     *
     * @param <T> the entity record
     */
    public static final class Text<T> extends KeyTemplatePath<T, String> {
        Text(KeyTemplate template, List<String> fixed) {
            super(template, fixed, KeyParts.STRING);
        }

        /**
         * @param prefix the start of the component's text, not empty
         * @return the keys whose component starts with {@code prefix}
         * @throws IllegalArgumentException if no component text can start with it (it contains the
         *     literal that follows the component, or ends with the start of that literal, which would
         *     also match shorter components)
         */
        public Condition<T> beginsWith(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("beginsWith(\"\") on " + where() + ": give a prefix of at least"
                        + " one character");
            }
            String next = literalAfter();
            String before = literalBefore();
            if (!next.isEmpty()) {
                if (prefix.contains(next)) {
                    throw refused(prefix, "contains \"" + next + "\", the literal that follows the component, which"
                            + " a component's text never contains");
                }
                for (int k = 1; k < next.length(); k++) {
                    if (prefix.endsWith(next.substring(0, k))) {
                        throw refused(prefix, "ends with \"" + next.substring(0, k) + "\", the start of the literal \""
                                + next + "\" that follows the component, so keys of shorter values would match too");
                    }
                }
            } else if (!before.isEmpty() && prefix.contains(before)) {
                throw refused(prefix, "contains \"" + before + "\", which the template's last component never contains");
            }
            return new Condition.BeginsWith<>(path(), s(start() + prefix));
        }

        private IllegalArgumentException refused(String prefix, String why) {
            return new IllegalArgumentException("beginsWith(\"" + prefix + "\") on " + where() + ": the prefix " + why);
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
            this.fixed = List.copyOf(fixed);
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

        /** @return the keys with the fixed components, whatever the later ones */
        public Condition<T> all() {
            String prefix = template.prefix(fixed.toArray(String[]::new));
            return new Condition.BeginsWith<>(AttributePath.of(template.attribute()), AttributeValue.fromS(prefix));
        }
    }
}
