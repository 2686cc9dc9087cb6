package io.genericrepo.internal.expression;

import io.genericrepo.Condition;
import io.genericrepo.internal.mapping.AttributeValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Conditions as a person reads them, for messages and logs: {@code status = PENDING}. Internal. */
public final class Conditions {

    private Conditions() {}

    /**
     * @param condition a condition
     * @return its expression with names and values written out
     */
    public static String describe(Condition<?> condition) {
        ExpressionWriter writer = new ExpressionWriter();
        String text = writer.condition(condition);
        List<Map.Entry<String, String>> replacements = new ArrayList<>();
        if (writer.names() != null) {
            writer.names().forEach((k, v) -> replacements.add(Map.entry(k, v)));
        }
        if (writer.values() != null) {
            writer.values().forEach((k, v) -> replacements.add(Map.entry(k, show(v))));
        }
        replacements.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> r : replacements) { // longest first: #n10 before #n1
            text = text.replace(r.getKey(), r.getValue());
        }
        return text;
    }

    /**
     * @param condition a condition, or null
     * @return the rejection message it carries ({@link Condition#withMessage}): its own, or those of
     *     the described conditions it is an AND of, joined; null if none
     */
    public static String messageOf(Condition<?> condition) {
        if (condition instanceof Condition.Described<?> d) {
            return d.message();
        }
        if (condition instanceof Condition.And<?> and) {
            List<String> messages = new ArrayList<>();
            for (Condition<?> c : and.conditions()) {
                if (c instanceof Condition.Described<?> d) {
                    messages.add(d.message());
                }
            }
            return messages.isEmpty() ? null : String.join("; or ", messages);
        }
        return null;
    }

    private static String show(AttributeValue value) {
        if (value.s() != null) {
            return "\"" + value.s() + "\"";
        }
        if (value.n() != null || value.b() != null) {
            return AttributeValues.describeScalar(value);
        }
        if (value.bool() != null) {
            return value.bool().toString();
        }
        if (value.hasSs()) {
            return value.ss().toString();
        }
        if (value.hasNs()) {
            return value.ns().toString();
        }
        return AttributeValues.describeType(value);
    }
}
