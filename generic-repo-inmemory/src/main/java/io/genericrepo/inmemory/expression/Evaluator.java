package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.value.Bytes;
import io.genericrepo.inmemory.value.Values;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Evaluates a condition against an item, as DynamoDB does: a missing attribute satisfies only
 * {@code <>} with a present operand, {@code =} with another missing one, {@code attribute_not_exists}
 * and a NOT around a false condition; operands of different types are unequal and unordered (false,
 * not an error); {@code < <= > >= BETWEEN} order only N, S and B.
 */
final class Evaluator {

    private static final Set<String> ORDERED = Set.of("S", "N", "B");

    private Evaluator() {}

    static boolean test(Ast.Condition condition, Map<String, AttributeValue> item) {
        if (condition instanceof Ast.And and) {
            return test(and.left(), item) && test(and.right(), item);
        }
        if (condition instanceof Ast.Or or) {
            return test(or.left(), item) || test(or.right(), item);
        }
        if (condition instanceof Ast.Not not) {
            return !test(not.condition(), item);
        }
        if (condition instanceof Ast.Compare compare) {
            return compare(compare.operator(), value(compare.left(), item), value(compare.right(), item));
        }
        if (condition instanceof Ast.Between between) {
            AttributeValue v = value(between.value(), item);
            return compare(">=", v, value(between.low(), item)) && compare("<=", v, value(between.high(), item));
        }
        if (condition instanceof Ast.In in) {
            AttributeValue v = value(in.value(), item);
            return v != null && in.candidates().stream().anyMatch(c -> Values.equal(v, value(c, item)));
        }
        return function((Ast.Function) condition, item);
    }

    /** @return the operand's value for the item, or null when it has none (a missing attribute, size of a number) */
    static AttributeValue value(Ast.Operand operand, Map<String, AttributeValue> item) {
        if (operand instanceof Ast.PathOperand path) {
            return DocumentPaths.get(item, path.path());
        }
        if (operand instanceof Ast.ValueOperand v) {
            return v.value();
        }
        if (operand instanceof Ast.Call call && call.name().equals("size")) {
            Long size = size(value(call.args().get(0), item));
            return size == null ? null : AttributeValue.fromN(size.toString());
        }
        throw new IllegalStateException("not a condition operand: " + operand);
    }

    static boolean compare(String operator, AttributeValue a, AttributeValue b) {
        if (operator.equals("=") || operator.equals("<>")) {
            // two missing operands are equal (so not unequal): the docs are silent, dynalite and moto agree
            boolean equal = a == null ? b == null : b != null && Values.equal(a, b);
            return equal == operator.equals("=");
        }
        if (a == null || b == null) {
            return false;
        }
        String type = Values.type(a);
        if (!ORDERED.contains(type) || !type.equals(Values.type(b))) {
            return false;
        }
        int order = Values.compareScalars(a, b);
        switch (operator) {
            case "<": return order < 0;
            case "<=": return order <= 0;
            case ">": return order > 0;
            default: return order >= 0;
        }
    }

    private static boolean function(Ast.Function function, Map<String, AttributeValue> item) {
        AttributeValue first = value(function.args().get(0), item);
        switch (function.name()) {
            case "attribute_exists": return first != null;
            case "attribute_not_exists": return first == null;
            case "attribute_type": {
                AttributeValue type = value(function.args().get(1), item);
                return first != null && type != null && type.s() != null && type.s().equals(Values.type(first));
            }
            case "begins_with": return beginsWith(first, value(function.args().get(1), item));
            case "contains": return contains(first, value(function.args().get(1), item));
            default: throw new IllegalStateException("not a condition function: " + function.name());
        }
    }

    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value == null || prefix == null) {
            return false;
        }
        if (value.s() != null && prefix.s() != null) {
            return value.s().startsWith(prefix.s());
        }
        return value.b() != null && prefix.b() != null && Bytes.startsWith(value.b(), prefix.b());
    }

    private static boolean contains(AttributeValue value, AttributeValue part) {
        if (value == null || part == null) {
            return false;
        }
        if (value.s() != null) {
            return part.s() != null && value.s().contains(part.s());
        }
        if (value.b() != null) {
            return part.b() != null && Bytes.contains(value.b(), part.b());
        }
        if (value.hasSs()) {
            return part.s() != null && value.ss().contains(part.s());
        }
        if (value.hasNs()) {
            return part.n() != null && value.ns().stream().anyMatch(n -> Values.equal(AttributeValue.fromN(n), part));
        }
        if (value.hasBs()) {
            return part.b() != null && value.bs().contains(part.b());
        }
        if (value.hasL()) {
            return value.l().stream().anyMatch(element -> Values.equal(element, part));
        }
        return false;
    }

    /** size(): characters of a string (UTF-16 units, as dynalite), bytes of a binary, elements of a set, list or map. */
    private static Long size(AttributeValue value) {
        if (value == null) {
            return null;
        }
        if (value.s() != null) return (long) value.s().length();
        if (value.b() != null) return (long) value.b().asByteArrayUnsafe().length;
        if (value.hasSs()) return (long) value.ss().size();
        if (value.hasNs()) return (long) value.ns().size();
        if (value.hasBs()) return (long) value.bs().size();
        if (value.hasL()) return (long) value.l().size();
        if (value.hasM()) return (long) value.m().size();
        return null;
    }
}
