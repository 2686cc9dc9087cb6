package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.value.Values;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's checks of a condition's functions and operands, made while parsing: function names
 * and operand counts, document paths where a function needs one, operand types known from the
 * expression itself (a value's type, size's N), distinct operands, and BETWEEN's bounds.
 */
final class ConditionChecks {

    private static final Map<String, Integer> OPERANDS = Map.of("attribute_exists", 1, "attribute_not_exists", 1,
            "attribute_type", 2, "begins_with", 2, "contains", 2, "size", 1);
    private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M");
    static final int MAX_IN_OPERANDS = 100;

    private final Problems problems;

    ConditionChecks(Problems problems) {
        this.problems = problems;
    }

    void function(Ast.Call call) {
        String name = call.name();
        List<Ast.Operand> args = call.args();
        misused(args);
        Integer count = OPERANDS.get(name);
        if (count == null) {
            problems.add(Problems.Category.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
            return;
        }
        if (count != args.size()) {
            problems.add(Problems.Category.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
                    + "operator or function: " + name + ", number of operands: " + args.size());
            return;
        }
        distinct(name, args);
        switch (name) {
            case "attribute_exists":
            case "attribute_not_exists":
                if (!(args.get(0) instanceof Ast.PathOperand)) {
                    problem("Operator or function requires a document path; operator or function: " + name);
                }
                break;
            case "begins_with":
                for (Ast.Operand arg : args) {
                    String type = staticType(arg);
                    if (type != null && !type.equals("S") && !type.equals("B")) {
                        incorrectType(name, type);
                        return;
                    }
                }
                break;
            case "attribute_type":
                attributeType(args.get(1));
                break;
            case "size":
                String type = staticType(args.get(0));
                if (type != null && (type.equals("N") || type.equals("BOOL") || type.equals("NULL"))) {
                    incorrectType(name, type);
                }
                break;
            default:
                break;
        }
    }

    /** A function used where a condition is expected: size is no condition. */
    void usedAsCondition(Ast.Call call) {
        if (call.name().equals("size")) {
            misusedFunction(call.name());
        }
    }

    void comparison(String operator, Ast.Operand left, Ast.Operand right) {
        misused(List.of(left, right));
        distinct(operator, List.of(left, right));
    }

    void between(Ast.Operand value, Ast.Operand low, Ast.Operand high) {
        misused(List.of(value, low, high));
        if (low instanceof Ast.ValueOperand l && high instanceof Ast.ValueOperand h && l.value() != null && h.value() != null) {
            String lowType = Values.type(l.value());
            String highType = Values.type(h.value());
            String bounds = "lower bound operand: AttributeValue: {" + shown(l.value()) + "}, "
                    + "upper bound operand: AttributeValue: {" + shown(h.value()) + "}";
            if (!lowType.equals(highType)) {
                problem("The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
            } else if (Set.of("S", "N", "B").contains(lowType) && Values.compareScalars(l.value(), h.value()) > 0) {
                problem("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
            }
        }
    }

    void in(Ast.Operand value, List<Ast.Operand> candidates) {
        misused(candidates);
        misused(List.of(value));
        if (candidates.size() > MAX_IN_OPERANDS) {
            problem("The IN operator is provided with too many operands; number of operands: " + candidates.size());
        }
    }

    /** @return the type an operand has whatever the item: a value's, or N for size; null when unknown */
    static String staticType(Ast.Operand operand) {
        if (operand instanceof Ast.ValueOperand v) {
            return v.value() == null ? null : Values.type(v.value());
        }
        if (operand instanceof Ast.Call call && call.name().equals("size")) {
            return "N";
        }
        return null;
    }

    private void attributeType(Ast.Operand typeOperand) {
        String type = staticType(typeOperand);
        if (!"S".equals(type)) {
            incorrectType("attribute_type", type == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : type);
            return;
        }
        String typeName = ((Ast.ValueOperand) typeOperand).value().s();
        if (!TYPE_NAMES.contains(typeName)) {
            problem("Invalid attribute type name found; type: " + typeName + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
        }
    }

    private void distinct(String operator, List<Ast.Operand> args) {
        if (args.size() == 2 && args.get(0) instanceof Ast.PathOperand a && args.get(1) instanceof Ast.PathOperand b
                && a.path().equals(b.path())) {
            problems.add(Problems.Category.DISTINCT, "The first operand must be distinct from the remaining operands "
                    + "for this operator or function; operator: " + operator + ", first operand: " + a.path());
        }
    }

    private void misused(List<Ast.Operand> operands) {
        for (Ast.Operand operand : operands) {
            if (operand instanceof Ast.Call call && !call.name().equals("size")) {
                misusedFunction(call.name());
                return;
            }
        }
    }

    private void misusedFunction(String name) {
        problems.add(Problems.Category.MISUSED_FUNCTION,
                "The function is not allowed to be used this way in an expression; function: " + name);
    }

    private void incorrectType(String function, String type) {
        problem("Incorrect operand type for operator or function; operator or function: " + function + ", operand type: " + type);
    }

    private void problem(String message) {
        problems.add(Problems.Category.FUNCTION, message);
    }

    /** A value as DynamoDB shows a bound: {@code N:1}, {@code S:a}, binary in Base64 as on the wire. */
    private static String shown(AttributeValue value) {
        String type = Values.type(value);
        switch (type) {
            case "S": return "S:" + value.s();
            case "N": return "N:" + value.n();
            case "B": return "B:" + Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe());
            case "BOOL": return "BOOL:" + value.bool();
            case "NULL": return "NULL:true";
            default: return type + ":" + value;
        }
    }
}
