package io.genericrepo.internal.expression;

import io.genericrepo.AttributeConverter;
import io.genericrepo.Condition;
import io.genericrepo.TableSchema;
import io.genericrepo.path.BinaryPath;
import io.genericrepo.path.ComparablePath;
import io.genericrepo.path.ListPath;
import io.genericrepo.path.MapPath;
import io.genericrepo.path.NumberPath;
import io.genericrepo.path.Path;
import io.genericrepo.path.SetPath;
import io.genericrepo.path.StringPath;
import io.genericrepo.path.ValuePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Parses the Python package's filter dicts into conditions, checking every name, operator and
 * value against the schema before anything is sent. Internal; see {@code Filters.fromMap}.
 *
 * @param <T> the record
 */
public final class MapFilterParser<T> {

    private static final Set<String> OPERATORS = Set.of("eq", "ne", "lt", "le", "lte", "gt", "ge", "gte", "between",
            "in", "contains", "begins_with", "exists", "not_exists");
    private static final List<String> ORDERED = List.of("lt", "le", "lte", "gt", "ge", "gte", "between");

    private final TableSchema<T, ?> schema;
    private final String record;

    /**
     * @param schema the record's schema
     */
    public MapFilterParser(TableSchema<T, ?> schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.record = schema.metadata().recordName();
    }

    /**
     * @param filters attribute name to value or operators
     * @return the conditions, ANDed
     */
    public Condition<T> parse(Map<String, ?> filters) {
        Objects.requireNonNull(filters, "filters");
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("Filters.fromMap needs at least one attribute");
        }
        List<Condition<T>> conditions = new ArrayList<>();
        for (Map.Entry<String, ?> e : filters.entrySet()) {
            Path<T> path = schema.paths().get(e.getKey());
            if (path == null) {
                throw new IllegalArgumentException("Filters.fromMap: " + record + " has no attribute \"" + e.getKey()
                        + "\"; its attributes are " + schema.paths().keySet());
            }
            conditions.addAll(attribute(e.getKey(), path, e.getValue()));
        }
        return Condition.allOf(conditions);
    }

    private List<Condition<T>> attribute(String name, Path<T> path, Object spec) {
        if (!(spec instanceof Map<?, ?> map)) {
            return List.of(operator(name, path, "eq", spec, null));
        }
        if (map.containsKey("operator") || map.containsKey("type")) { // {value, type, operator}
            Object operator = map.get("operator") == null ? "eq" : map.get("operator");
            if (!map.containsKey("value")) {
                throw new IllegalArgumentException("Filters.fromMap: the type-explicit filter of \"" + name
                        + "\" needs a \"value\" beside \"type\" and \"operator\"");
            }
            return List.of(operator(name, path, operator.toString(), map.get("value"),
                    map.get("type") == null ? null : map.get("type").toString()));
        }
        List<Condition<T>> out = new ArrayList<>();
        for (Map.Entry<?, ?> op : map.entrySet()) {
            out.add(operator(name, path, String.valueOf(op.getKey()), op.getValue(), null));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Filters.fromMap: \"" + name + "\" has an empty operator map");
        }
        return out;
    }

    private Condition<T> operator(String name, Path<T> path, String operator, Object value, String type) {
        if (!OPERATORS.contains(operator)) {
            throw new IllegalArgumentException("Filters.fromMap: unknown operator \"" + operator + "\" on \"" + name
                    + "\"; use one of eq, ne, lt, le (lte), gt, ge (gte), between, in, contains, begins_with, exists,"
                    + " not_exists");
        }
        List<String> offered = offered(path);
        if (!offered.contains(operator)) {
            throw new IllegalArgumentException("Filters.fromMap: \"" + operator + "\" does not apply to \"" + name
                    + "\", " + kind(path) + "; it takes " + String.join(", ", offered).replace("le, lte", "le (lte)")
                    .replace("ge, gte", "ge (gte)"));
        }
        if (operator.equals("exists") || operator.equals("not_exists")) {
            boolean wanted = bool(name, operator, value) == operator.equals("exists");
            return wanted ? path.exists() : path.notExists();
        }
        if (operator.equals("contains")) {
            return new Condition.Contains<>(path.attributePath(), element(name, path, value, type));
        }
        ValuePath<T, ?> valuePath = (ValuePath<T, ?>) path; // only value paths offer the operators below
        Condition.Operand self = new Condition.Operand.Attribute(path.attributePath());
        switch (operator) {
            case "between": {
                List<?> ends = list(name, operator, value);
                if (ends.size() != 2) {
                    throw new IllegalArgumentException("Filters.fromMap: between on \"" + name
                            + "\" takes a list of two values, low and high; found " + ends.size());
                }
                return new Condition.Between<>(self, operand(name, valuePath, ends.get(0), type),
                        operand(name, valuePath, ends.get(1), type));
            }
            case "in": {
                List<?> options = list(name, operator, value);
                if (options.isEmpty() || options.size() > 100) {
                    throw new IllegalArgumentException("Filters.fromMap: in on \"" + name + "\" takes 1 to 100 values"
                            + " (DynamoDB's limit); found " + options.size());
                }
                List<Condition.Operand> operands = new ArrayList<>();
                options.forEach(o -> operands.add(operand(name, valuePath, o, type)));
                return new Condition.In<>(self, operands);
            }
            case "begins_with":
                return new Condition.BeginsWith<>(path.attributePath(), prefix(name, valuePath, value, type));
            default:
                return new Condition.Compare<>(self, comparator(operator), operand(name, valuePath, value, type));
        }
    }

    /** The operators the typed path offers, by their names here, in the order messages list them. */
    private static List<String> offered(Path<?> path) {
        List<String> out = new ArrayList<>();
        if (path instanceof ValuePath<?, ?>) {
            out.addAll(List.of("eq", "ne", "in"));
        }
        if (path instanceof ComparablePath<?, ?>) {
            out.addAll(ORDERED);
        }
        if (path instanceof StringPath<?> || path instanceof BinaryPath<?>) {
            out.add("begins_with");
        }
        if (path instanceof StringPath<?> || path instanceof ListPath<?, ?> || path instanceof SetPath<?, ?>) {
            out.add("contains");
        }
        out.addAll(List.of("exists", "not_exists"));
        return out;
    }

    private static String kind(Path<?> path) {
        if (path instanceof NumberPath<?, ?>) {
            return "a number";
        }
        if (path instanceof StringPath<?>) {
            return "a string";
        }
        if (path instanceof BinaryPath<?>) {
            return "a binary value";
        }
        if (path instanceof ComparablePath<?, ?>) {
            return "an ordered value";
        }
        if (path instanceof ValuePath<?, ?>) {
            return "a value without order";
        }
        return path instanceof ListPath<?, ?> ? "a list" : path instanceof SetPath<?, ?> ? "a set"
                : path instanceof MapPath<?, ?> ? "a map" : "a record";
    }

    private static Condition.Comparator comparator(String operator) {
        return switch (operator) {
            case "eq" -> Condition.Comparator.EQ;
            case "ne" -> Condition.Comparator.NE;
            case "lt" -> Condition.Comparator.LT;
            case "le", "lte" -> Condition.Comparator.LE;
            case "gt" -> Condition.Comparator.GT;
            default -> Condition.Comparator.GE;
        };
    }

    /** A prefix is part of a value, not a value of the component's type: text stays text. */
    private AttributeValue prefix(String name, ValuePath<T, ?> path, Object value, String type) {
        if (type == null && value instanceof String text) {
            return AttributeValue.fromS(text);
        }
        if (type == null && value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        return ((Condition.Operand.Value) operand(name, path, value, type)).value();
    }

    private AttributeValue element(String name, Path<T> path, Object value, String type) {
        if (path instanceof ListPath<T, ?> list) {
            return convert(name, list.elementConverter(), value, type);
        }
        if (path instanceof SetPath<T, ?> set) {
            return convert(name, set.elementConverter(), value, type);
        }
        if (path instanceof ValuePath<T, ?> v) {
            return prefix(name, v, value, type); // a substring
        }
        throw new IllegalArgumentException("Filters.fromMap: contains does not apply to \"" + name
                + "\", a map or record; use exists or not_exists");
    }

    private Condition.Operand operand(String name, ValuePath<T, ?> path, Object value, String type) {
        return new Condition.Operand.Value(convert(name, path.converter(), value, type));
    }

    /**
     * Converts a loosely typed value (from JSON, a query string, a dict) the way the component's
     * converter stores it: the value itself if it has the component's type, else the text or
     * number it stands for, read back through the converter so that it is checked and normalised.
     */
    private <V> AttributeValue convert(String name, AttributeConverter<V> converter, Object value, String type) {
        if (value == null) {
            throw new IllegalArgumentException("Filters.fromMap: \"" + name + "\" compares with null; use"
                    + " {\"exists\": false} for a missing attribute");
        }
        if (type == null) {
            AttributeValue direct;
            try {
                direct = tryDirect(converter, value);
            } catch (RuntimeException e) { // the component's own type, but a value it cannot store, such as NaN
                throw doesNotFit(name, value, e);
            }
            if (direct != null) {
                return direct;
            }
        }
        RuntimeException last = null;
        for (AttributeValue candidate : candidates(name, value, type)) {
            try {
                return converter.write(converter.read(candidate));
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw doesNotFit(name, value, last);
    }

    private IllegalArgumentException doesNotFit(String name, Object value, RuntimeException e) {
        return new IllegalArgumentException("Filters.fromMap: " + value + " does not fit \"" + name + "\" of " + record
                + (e == null ? "" : ": it " + e.getMessage()), e);
    }

    @SuppressWarnings("unchecked")
    private static <V> AttributeValue tryDirect(AttributeConverter<V> converter, Object value) {
        try {
            return converter.write((V) value); // the component's own type: a record's value, an enum
        } catch (ClassCastException notThatType) {
            return null;
        }
    }

    private static List<AttributeValue> candidates(String name, Object value, String type) {
        if (type != null) {
            return List.of(typed(name, value, type));
        }
        List<AttributeValue> out = new ArrayList<>();
        if (value instanceof Number n) {
            out.add(AttributeValue.fromN(new BigDecimal(n.toString()).toString()));
            out.add(AttributeValue.fromS(n.toString())); // a number given for a string attribute
        } else if (value instanceof Boolean b) {
            out.add(AttributeValue.fromBool(b));
        } else if (value instanceof Enum<?> e) {
            out.add(AttributeValue.fromS(e.name()));
        } else {
            String text = value.toString();
            out.add(AttributeValue.fromS(text));
            if (isNumber(text)) {
                out.add(AttributeValue.fromN(text.trim()));
            }
            if (text.equals("true") || text.equals("false")) {
                out.add(AttributeValue.fromBool(Boolean.parseBoolean(text)));
            }
        }
        return out;
    }

    private static AttributeValue typed(String name, Object value, String type) {
        String text = value.toString();
        switch (type) {
            case "S":
                return AttributeValue.fromS(text);
            case "N":
                if (!isNumber(text)) {
                    throw new IllegalArgumentException("Filters.fromMap: \"" + name + "\" has type N but value \"" + text
                            + "\" is not a number");
                }
                return AttributeValue.fromN(text.trim());
            case "BOOL":
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("Filters.fromMap: \"" + name + "\" has type BOOL but value \"" + text
                            + "\" is not true or false");
                }
                return AttributeValue.fromBool(Boolean.parseBoolean(text));
            case "B":
                if (value instanceof byte[] b) {
                    return AttributeValue.fromB(SdkBytes.fromByteArray(b));
                }
                try {
                    return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(text)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Filters.fromMap: \"" + name + "\" has type B but value \"" + text
                            + "\" is not Base64: " + e.getMessage(), e);
                }
            default:
                throw new IllegalArgumentException("Filters.fromMap: unknown type \"" + type + "\" on \"" + name
                        + "\"; use S, N, B or BOOL");
        }
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean bool(String name, String operator, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(String.valueOf(value)) || "false".equals(String.valueOf(value))) {
            return Boolean.parseBoolean(String.valueOf(value));
        }
        throw new IllegalArgumentException("Filters.fromMap: " + operator + " on \"" + name + "\" takes true or false,"
                + " found " + value);
    }

    private static List<?> list(String name, String operator, Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        throw new IllegalArgumentException("Filters.fromMap: " + operator + " on \"" + name + "\" takes a list of values,"
                + " found " + value);
    }
}
