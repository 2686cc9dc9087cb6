package io.genericrepo.inmemory.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by all its
 * expressions. Names that must be placeholders (reserved words, names with dots or other
 * non-identifier characters) always are; plain names are written bare or through a placeholder at
 * random, so both spellings are exercised.
 */
final class Placeholders {

    private final Domain domain;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    Placeholders(Domain domain) {
        this.domain = domain;
    }

    /** A document path: names and list indexes ({@link Integer}), rendered with placeholders as needed. */
    String path(List<Object> elements) {
        StringBuilder text = new StringBuilder();
        for (Object element : elements) {
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(name((String) element));
            }
        }
        return text.toString();
    }

    /** One attribute name: bare when allowed and a coin says so, else a (reused) placeholder. */
    String name(String name) {
        boolean mustQuote = Domain.RESERVED.contains(name) || !name.matches("[A-Za-z][A-Za-z0-9_]*");
        if (!mustQuote && domain.chance(0.6)) {
            return name;
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        String placeholder = "#n" + names.size();
        names.put(placeholder, name);
        return placeholder;
    }

    /** A fresh value placeholder for the value. */
    String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** A name placeholder nothing refers to (for the invalid generator). */
    void unusedName() {
        names.put("#unused", "a");
    }

    /** A value placeholder nothing refers to (for the invalid generator). */
    void unusedValue() {
        values.put(":unused", AttributeValue.fromS("x"));
    }

    Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }
}
