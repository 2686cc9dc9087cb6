package io.genericrepo.internal.keys;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A key attribute composed from a template such as {@code ORDER#{placedAt}#{orderId}}: literal text
 * and {@code {component}} placeholders, each naming a record component. Parsed once; immutable and
 * thread-safe. Generated code writes each component with its {@link KeyPart} ({@link #text}),
 * renders the key ({@link #render}), and splits a stored key back ({@link #split}, {@link #value}).
 *
 * <p>Rules, so that every key splits back to exactly the texts it was rendered from: two
 * placeholders have literal text between them; a component's text is neither null nor empty and
 * does not contain the literal that follows it in the template (it would end the component early),
 * and a component that ends the template does not contain the literal before it (so that
 * {@code ORDER#{id}} cannot render a key of {@code ORDER#{id}#LINE#{n}}, which the processor's
 * overlap check relies on);
 * the rendered key fits DynamoDB's limit (2048 bytes for a partition key, 1024 for a sort key).
 * The characters {@code {} and {@code }} cannot be literal text.
 */
public final class KeyTemplate {

    /** Which key a template builds, and so its size limit in UTF-8 bytes. */
    public enum Role {
        /** A table's or index's partition key: at most 2048 bytes. */
        PARTITION_KEY("partition key", 2048),
        /** A table's or index's sort key: at most 1024 bytes. */
        SORT_KEY("sort key", 1024);

        private final String description;
        private final int maxBytes;

        Role(String description, int maxBytes) {
            this.description = description;
            this.maxBytes = maxBytes;
        }

        /** @return DynamoDB's limit on the key's UTF-8 length */
        public int maxBytes() {
            return maxBytes;
        }
    }

    private final String template;
    private final String attribute;
    private final Role role;
    private final List<String> literals;
    private final List<String> placeholders;

    private KeyTemplate(String template, String attribute, Role role, List<String> literals, List<String> placeholders) {
        this.template = template;
        this.attribute = attribute;
        this.role = role;
        this.literals = List.copyOf(literals);
        this.placeholders = List.copyOf(placeholders);
    }

    /**
     * Parses a template the processor has already checked (its {@code TemplateValidator} mirrors
     * this grammar and wording; change both together), so that a hand-written schema gets the same
     * errors at run time.
     *
     * @param template the template, such as {@code ORDER#{placedAt}#{orderId}}
     * @param attribute the key attribute it builds, such as {@code sk}
     * @param role partition or sort key
     * @param componentNames the components a placeholder may name
     * @return the parsed template
     * @throws IllegalArgumentException if the template is empty, braces are unbalanced or empty, a
     *     placeholder names no component or is repeated, or two placeholders have no literal between them
     */
    public static KeyTemplate parse(String template, String attribute, Role role, String... componentNames) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(role, "role");
        if (template.isEmpty()) {
            throw problem(template, attribute, "is empty; DynamoDB refuses an empty key");
        }
        Set<String> names = Set.of(componentNames);
        List<String> literals = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                throw problem(template, attribute, "has a '}' at index " + i + " with no '{' before it");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            int nested = template.indexOf('{', i + 1);
            if (close < 0 || (nested >= 0 && nested < close)) {
                throw problem(template, attribute, "has a '{' at index " + i + " with no '}' after it");
            }
            String name = template.substring(i + 1, close);
            if (name.isEmpty()) {
                throw problem(template, attribute, "has an empty placeholder {} at index " + i);
            }
            if (!names.contains(name)) {
                throw problem(template, attribute, "names {" + name + "}, which is not a component; expected one of "
                        + List.of(componentNames));
            }
            if (placeholders.contains(name)) {
                throw problem(template, attribute, "names {" + name + "} twice");
            }
            if (!placeholders.isEmpty() && literal.length() == 0) {
                throw problem(template, attribute, "has no literal text between {"
                        + placeholders.get(placeholders.size() - 1) + "} and {" + name
                        + "}, so a key could not be split back; put a separator such as '#' between them");
            }
            literals.add(literal.toString());
            literal.setLength(0);
            placeholders.add(name);
            i = close + 1;
        }
        literals.add(literal.toString());
        return new KeyTemplate(template, attribute, role, literals, placeholders);
    }

    private static IllegalArgumentException problem(String template, String attribute, String what) {
        return new IllegalArgumentException("Key template \"" + template + "\" of attribute " + attribute + " " + what);
    }

    /** @return the template as written */
    public String template() {
        return template;
    }

    /** @return the key attribute it builds */
    public String attribute() {
        return attribute;
    }

    /** @return partition or sort key */
    public Role role() {
        return role;
    }

    /** @return the component names, in template order */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * @param index 0 for the text before the first placeholder, {@code i} for the text after the
     *     {@code i}-th placeholder (1-based)
     * @return the literal text there, possibly empty
     */
    public String literal(int index) {
        return literals.get(index);
    }

    /** @return true when the template has no placeholder (such as {@code PROFILE}) */
    public boolean isConstant() {
        return placeholders.isEmpty();
    }

    /**
     * Writes one component's value with its part, with errors that name the attribute and the component.
     *
     * @param index the placeholder's position
     * @param part how the component is written
     * @param value the value
     * @param <V> the component's type
     * @return the text
     * @throws IllegalArgumentException if the value is null or the part refuses it
     */
    public <V> String text(int index, KeyPart<V> part, V value) {
        if (value == null) {
            throw refused(index, "is null; every component of a key needs a value");
        }
        try {
            return part.write(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where(index) + " cannot be written as " + part.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * @param texts one text per placeholder, in template order
     * @return the key
     * @throws IllegalArgumentException if a text is null, empty or contains the literal after it, or
     *     the key is over DynamoDB's size limit
     */
    public String render(String... texts) {
        if (texts.length != placeholders.size()) {
            throw new IllegalArgumentException("Key template \"" + template + "\" of attribute " + attribute + " takes "
                    + placeholders.size() + " component texts " + placeholders + ", found " + texts.length);
        }
        String key = join(texts, texts.length);
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > role.maxBytes) {
            throw new IllegalArgumentException("Key attribute " + attribute + " (template \"" + template + "\") would be "
                    + bytes + " bytes of UTF-8, over DynamoDB's limit of " + role.maxBytes + " for a " + role.description
                    + "; shorten the components " + placeholders);
        }
        return key;
    }

    /**
     * @param leadingTexts the texts of the first components, in template order (possibly none)
     * @return the key's text up to and including the literal that follows the last given component:
     *     every key with those components starts with it
     */
    public String prefix(String... leadingTexts) {
        if (leadingTexts.length > placeholders.size()) {
            throw new IllegalArgumentException("Key template \"" + template + "\" of attribute " + attribute
                    + " has only " + placeholders.size() + " components, found " + leadingTexts.length + " texts");
        }
        return join(leadingTexts, leadingTexts.length);
    }

    private String join(String[] texts, int count) {
        StringBuilder b = new StringBuilder(literals.get(0));
        for (int i = 0; i < count; i++) {
            b.append(checked(i, texts[i])).append(literals.get(i + 1));
        }
        return b.toString();
    }

    /**
     * @param index a placeholder's position
     * @param text a text for it
     * @return the text, if it is one the key can hold there
     * @throws IllegalArgumentException if it is null, empty, or contains the literal after it
     */
    String checked(int index, String text) {
        if (text == null) {
            throw refused(index, "is null; every component of a key needs a value");
        }
        if (text.isEmpty()) {
            throw refused(index, "is empty; a key component needs at least one character");
        }
        String next = literals.get(index + 1);
        if (!next.isEmpty() && (text + next).indexOf(next) != text.length()) {
            throw refused(index, "is \"" + text + "\", which contains \"" + next + "\", the literal that follows it"
                    + " in the template (or runs into it), so the key could not be split back; its text must not"
                    + " contain \"" + next + "\"");
        }
        String before = literals.get(index);
        if (next.isEmpty() && !before.isEmpty() && text.contains(before)) {
            throw refused(index, "is \"" + text + "\", which contains \"" + before + "\", the literal before it;"
                    + " the component that ends a template must not contain it, so that its key cannot also be"
                    + " the key of a longer template (such as \"ORDER#{id}\" and \"ORDER#{id}#LINE#{n}\")");
        }
        return text;
    }

    private IllegalArgumentException refused(int index, String what) {
        return new IllegalArgumentException(where(index) + " " + what);
    }

    private String where(int index) {
        return "Key attribute " + attribute + " (template \"" + template + "\"): component " + placeholders.get(index);
    }

    /**
     * @param stored a stored key
     * @return its component texts, in template order
     * @throws IllegalArgumentException if the key does not fit the template, naming the attribute,
     *     the template and the stored value
     */
    public String[] split(String stored) {
        Objects.requireNonNull(stored, "stored");
        String[] texts = new String[placeholders.size()];
        if (!stored.startsWith(literals.get(0))) {
            throw mismatch(stored, "it does not start with \"" + literals.get(0) + "\"");
        }
        int pos = literals.get(0).length();
        for (int i = 0; i < texts.length; i++) {
            String next = literals.get(i + 1);
            int end = next.isEmpty() ? stored.length() : stored.indexOf(next, pos);
            if (end < 0) {
                throw mismatch(stored, "\"" + next + "\" does not follow {" + placeholders.get(i) + "}");
            }
            if (end == pos) {
                throw mismatch(stored, "{" + placeholders.get(i) + "} is empty");
            }
            texts[i] = stored.substring(pos, end);
            pos = end + next.length();
        }
        if (pos != stored.length()) {
            throw mismatch(stored, texts.length == 0 ? "it is not the constant \"" + template + "\""
                    : "\"" + stored.substring(pos) + "\" is left over after the template's end");
        }
        return texts;
    }

    private IllegalArgumentException mismatch(String stored, String why) {
        return new IllegalArgumentException("Stored key attribute " + attribute + " \"" + stored
                + "\" does not fit the key template \"" + template + "\": " + why
                + "; was the item written by another application or an older template?");
    }

    /**
     * Reads one component from texts {@link #split} returned, with errors naming the attribute,
     * the template, the component and the text.
     *
     * @param texts the split texts
     * @param index the placeholder's position
     * @param part how the component is written
     * @param <V> the component's type
     * @return the value
     */
    public <V> V value(String[] texts, int index, KeyPart<V> part) {
        try {
            return part.read(texts[index]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Stored key attribute " + attribute + " (template \"" + template
                    + "\"): component " + placeholders.get(index) + " " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return attribute + " = \"" + template + "\"";
    }
}
