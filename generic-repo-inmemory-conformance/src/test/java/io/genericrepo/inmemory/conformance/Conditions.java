package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Random condition and filter expressions using every operator and function DynamoDB documents:
 * {@code = <> < <= > >= BETWEEN IN AND OR NOT ( )}, {@code attribute_exists attribute_not_exists
 * attribute_type begins_with contains size}. Operand values mostly have the path's usual type, so
 * conditions hit and miss often; sometimes another type, where DynamoDB's answer is "false" (or,
 * for a few functions, a validation error).
 */
final class Conditions {

    private static final List<String> COMPARATORS = List.of("=", "<>", "<", "<=", ">", ">=");
    private static final List<String> TYPES = List.of("S", "N", "B", "SS", "NS", "BS", "BOOL", "NULL", "L", "M");

    private final Domain domain;
    private final Placeholders placeholders;
    private final ScalarAttributeType sortType;

    Conditions(Domain domain, Placeholders placeholders, ScalarAttributeType sortType) {
        this.domain = domain;
        this.placeholders = placeholders;
        this.sortType = sortType;
    }

    String condition(int depth) {
        double r = domain.random().nextDouble();
        if (depth > 0 && r < 0.25) {
            return condition(depth - 1) + (domain.chance(0.5) ? " AND " : " OR ") + condition(depth - 1);
        }
        if (depth > 0 && r < 0.33) {
            return "NOT " + condition(depth - 1);
        }
        if (depth > 0 && r < 0.40) {
            return "(" + condition(depth - 1) + ")";
        }
        return atom();
    }

    private String atom() {
        Paths.Path path = domain.pick(Paths.ALL);
        String p = placeholders.path(path.elements());
        return switch (domain.random().nextInt(10)) {
            case 0, 1 -> comparison(path, p);
            case 2 -> p + " BETWEEN " + between(path);
            case 3 -> p + " IN (" + in(path) + ")";
            case 4 -> "attribute_exists(" + p + ")";
            case 5 -> "attribute_not_exists(" + p + ")";
            case 6 -> "attribute_type(" + p + ", " + placeholders.value(AttributeValue.fromS(
                    domain.chance(0.6) ? typeOf(path) : domain.pick(TYPES))) + ")";
            case 7 -> "begins_with(" + p + ", " + placeholders.value(domain.chance(0.85) ? domain.s(domain.string())
                    : domain.ofType(domain.pick(List.of("B", "N")))) + ")";
            case 8 -> "contains(" + p + ", " + placeholders.value(containsOperand(path)) + ")";
            default -> "size(" + p + ") " + domain.pick(COMPARATORS) + " "
                    + placeholders.value(domain.n(Integer.toString(domain.random().nextInt(4))));
        };
    }

    private String comparison(Paths.Path path, String p) {
        String operator = domain.pick(COMPARATORS);
        boolean ordering = !operator.equals("=") && !operator.equals("<>");
        if (!ordering && domain.chance(0.15)) {
            // two paths: both absent, <> is false (the engine follows dynalite and moto; the docs are silent)
            Paths.Path other = domain.pick(Paths.ALL);
            if (!other.elements().equals(path.elements())) {
                return p + " " + operator + " " + placeholders.path(other.elements());
            }
        }
        String operand = placeholders.value(ordering ? domain.ofType(orderable(path)) : operand(path));
        return domain.chance(0.2) ? operand + " " + operator + " " + p : p + " " + operator + " " + operand;
    }

    private String between(Paths.Path path) {
        // bounds of S, N or B only: DynamoDB documents no order for other types (KnownDivergences.BETWEEN_UNORDERED_BOUNDS)
        AttributeValue low = domain.ofType(orderable(path));
        AttributeValue high = domain.chance(0.9) ? domain.ofType(low.type().toString()) : domain.ofType(orderable(path));
        if (domain.chance(0.9) && Canonical.compare(low, high) > 0) {
            AttributeValue t = low;
            low = high;
            high = t;
        }
        return placeholders.value(low) + " AND " + placeholders.value(high);
    }

    private String in(Paths.Path path) {
        List<String> operands = new ArrayList<>();
        int size = 1 + domain.random().nextInt(4);
        for (int i = 0; i < size; i++) {
            AttributeValue operand = operand(path);
            if (KnownDivergences.inOperandDynaliteNeverMatches(operand)) {
                operand = domain.s("x"); // see KnownDivergences.FALSY_VALUES
            }
            operands.add(placeholders.value(operand));
        }
        return String.join(", ", operands);
    }

    private AttributeValue operand(Paths.Path path) {
        if (domain.chance(0.05)) { // operands may be what stored values never are (KnownDivergences.FALSY_VALUES)
            return domain.chance(0.5) ? AttributeValue.fromBool(false) : domain.s("");
        }
        return domain.chance(0.8) ? domain.ofType(scalarTypeOf(path)) : domain.ofType("any");
    }

    private AttributeValue containsOperand(Paths.Path path) {
        return switch (path.type()) {
            case "SS", "S" -> domain.s(domain.string());
            case "NS" -> domain.n(domain.number());
            case "BS" -> AttributeValue.fromB(domain.bytes());
            // list elements: S, N or B only (KnownDivergences.LIST_CONTAINS)
            default -> domain.ofType(domain.pick(List.of("S", "N", "B")));
        };
    }

    private String orderable(Paths.Path path) {
        String type = typeOf(path);
        return List.of("S", "N", "B").contains(type) && domain.chance(0.85) ? type : domain.pick(List.of("S", "N", "B"));
    }

    private String typeOf(Paths.Path path) {
        String type = path.type();
        if (type.equals("sort")) {
            return sortType.toString();
        }
        return type.equals("any") ? domain.pick(TYPES) : type;
    }

    private String scalarTypeOf(Paths.Path path) {
        String type = typeOf(path);
        return switch (type) {
            case "SS", "NS", "BS", "L", "M" -> domain.chance(0.5) ? type : domain.pick(List.of("S", "N"));
            default -> type;
        };
    }
}
