package io.genericrepo.internal.expression;

import io.genericrepo.Condition;
import io.genericrepo.Update;
import io.genericrepo.UpdateAction;
import io.genericrepo.path.AttributePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one renderer: turns conditions, key conditions, updates and projections into DynamoDB
 * expression text. Every attribute name becomes a {@code #n} placeholder and every value a
 * {@code :v} placeholder, numbered by counters in the order met, so the text is deterministic and
 * no user string is ever spliced into it. One writer serves one request, so a condition, an
 * update and a projection in the same request share the counters and cannot collide. A name used
 * twice gets one placeholder. Internal.
 */
public final class ExpressionWriter {

    private final Map<String, String> placeholderOfName = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /**
     * @param condition a condition
     * @return its expression text
     */
    public String condition(Condition<?> condition) {
        if (condition instanceof Condition.Compare<?> c) {
            return operand(c.left()) + " " + c.comparator().symbol() + " " + operand(c.right());
        } else if (condition instanceof Condition.Between<?> b) {
            return operand(b.operand()) + " BETWEEN " + operand(b.low()) + " AND " + operand(b.high());
        } else if (condition instanceof Condition.In<?> in) {
            StringJoiner options = new StringJoiner(", ", "(", ")");
            in.options().forEach(o -> options.add(operand(o)));
            return operand(in.operand()) + " IN " + options;
        } else if (condition instanceof Condition.BeginsWith<?> b) {
            return "begins_with(" + path(b.path()) + ", " + value(b.prefix()) + ")";
        } else if (condition instanceof Condition.Contains<?> c) {
            return "contains(" + path(c.path()) + ", " + value(c.operand()) + ")";
        } else if (condition instanceof Condition.Exists<?> e) {
            return "attribute_exists(" + path(e.path()) + ")";
        } else if (condition instanceof Condition.NotExists<?> e) {
            return "attribute_not_exists(" + path(e.path()) + ")";
        } else if (condition instanceof Condition.HasType<?> t) {
            return "attribute_type(" + path(t.path()) + ", " + value(AttributeValue.fromS(t.type())) + ")";
        } else if (condition instanceof Condition.And<?> and) {
            return join(and.conditions(), " AND ");
        } else if (condition instanceof Condition.Or<?> or) {
            return join(or.conditions(), " OR ");
        } else if (condition instanceof Condition.Not<?> not) {
            return "NOT (" + condition(not.condition()) + ")";
        } else if (condition instanceof Condition.Described<?> d) {
            return condition(d.condition());
        }
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    /**
     * @param update an update
     * @return its expression text: SET, REMOVE, ADD and DELETE clauses, in that order
     */
    public String update(Update<?> update) {
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        for (UpdateAction<?> action : update.actions()) {
            String p = path(action.path());
            if (action instanceof UpdateAction.Set<?> s) {
                set.add(p + " = " + value(s.value()));
            } else if (action instanceof UpdateAction.SetIfAbsent<?> s) {
                set.add(p + " = if_not_exists(" + p + ", " + value(s.value()) + ")");
            } else if (action instanceof UpdateAction.Increment<?> i) {
                set.add(p + " = if_not_exists(" + p + ", " + value(AttributeValue.fromN("0")) + ") + " + value(i.amount()));
            } else if (action instanceof UpdateAction.Append<?> a) {
                String existing = "if_not_exists(" + p + ", " + value(AttributeValue.fromL(List.of())) + ")";
                String elements = value(a.elements());
                set.add(p + " = list_append(" + (a.atStart() ? elements + ", " + existing : existing + ", " + elements) + ")");
            } else if (action instanceof UpdateAction.Remove<?>) {
                remove.add(p);
            } else if (action instanceof UpdateAction.Add<?> a) {
                add.add(p + " " + value(a.value()));
            } else if (action instanceof UpdateAction.Delete<?> d) {
                delete.add(p + " " + value(d.value()));
            }
        }
        StringJoiner clauses = new StringJoiner(" ");
        clause(clauses, "SET", set);
        clause(clauses, "REMOVE", remove);
        clause(clauses, "ADD", add);
        clause(clauses, "DELETE", delete);
        return clauses.toString();
    }

    /**
     * @param paths the attributes to read
     * @return a projection expression
     */
    public String projection(List<AttributePath> paths) {
        StringJoiner joiner = new StringJoiner(", ");
        paths.forEach(p -> joiner.add(path(p)));
        return joiner.toString();
    }

    /**
     * @param path an attribute path
     * @return {@code #n0.#n1[2]}
     */
    public String path(AttributePath path) {
        StringBuilder sb = new StringBuilder();
        for (Object segment : path.segments()) {
            if (segment instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name((String) segment));
            }
        }
        return sb.toString();
    }

    /**
     * @param value a value
     * @return a new {@code :v} placeholder for it
     */
    public String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** @return the name placeholders, or null when there are none (DynamoDB rejects an empty map) */
    public Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    /** @return the value placeholders, or null when there are none */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }

    private String name(String name) {
        return placeholderOfName.computeIfAbsent(name, n -> {
            String placeholder = "#n" + names.size();
            names.put(placeholder, n);
            return placeholder;
        });
    }

    private String operand(Condition.Operand operand) {
        if (operand instanceof Condition.Operand.Attribute a) {
            return path(a.path());
        } else if (operand instanceof Condition.Operand.Size s) {
            return "size(" + path(s.path()) + ")";
        }
        return value(((Condition.Operand.Value) operand).value());
    }

    private String join(List<? extends Condition<?>> conditions, String operator) {
        StringJoiner joiner = new StringJoiner(operator);
        for (Condition<?> c : conditions) {
            Condition<?> inner = c instanceof Condition.Described<?> d ? d.condition() : c;
            boolean group = inner instanceof Condition.And<?> || inner instanceof Condition.Or<?>;
            joiner.add(group ? "(" + condition(inner) + ")" : condition(inner));
        }
        return joiner.toString();
    }

    private static void clause(StringJoiner clauses, String keyword, List<String> parts) {
        if (!parts.isEmpty()) {
            clauses.add(keyword + " " + String.join(", ", parts));
        }
    }
}
