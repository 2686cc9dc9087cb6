package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a parsed KeyConditionExpression into a {@link KeyCondition}, refusing what DynamoDB
 * refuses: OR, NOT, IN, {@code <>}, functions other than begins_with, size, nested paths, two
 * conditions on one key, conditions on other attributes, a partition key condition other than
 * {@code =}, values of another type than the key's. Messages are DynamoDB's (as dynalite has them).
 */
final class KeyConditions {

    private final Map<String, SortKeyComparison> byAttribute = new LinkedHashMap<>();

    private KeyConditions() {}

    static KeyCondition check(Ast.Condition condition, String partitionKey, String partitionType, String sortKey, String sortType) {
        KeyConditions conditions = new KeyConditions();
        conditions.collect(condition);
        return conditions.toKeyCondition(partitionKey, partitionType, sortKey, sortType);
    }

    private void collect(Ast.Condition condition) {
        if (condition instanceof Ast.And and) {
            collect(and.left());
            collect(and.right());
            return;
        }
        if (condition instanceof Ast.Or) {
            throw invalidOperator("OR");
        }
        if (condition instanceof Ast.Not) {
            throw invalidOperator("NOT");
        }
        if (condition instanceof Ast.In) {
            throw invalidOperator("IN");
        }
        List<Ast.Operand> args;
        String operator;
        if (condition instanceof Ast.Compare compare) {
            if (compare.operator().equals("<>")) {
                throw invalidOperator("<>");
            }
            operator = compare.operator();
            args = List.of(compare.left(), compare.right());
        } else if (condition instanceof Ast.Between between) {
            operator = "BETWEEN";
            args = List.of(between.value(), between.low(), between.high());
        } else {
            Ast.Function function = (Ast.Function) condition;
            if (!function.name().equals("begins_with")) {
                throw invalidOperator(function.name());
            }
            operator = "begins_with";
            args = function.args();
        }
        leaf(operator, args);
    }

    private void leaf(String operator, List<Ast.Operand> args) {
        if (args.stream().anyMatch(a -> a instanceof Ast.Call)) {
            throw Errors.validation("KeyConditionExpressions cannot contain nested operations");
        }
        if ((operator.equals("BETWEEN") || operator.equals("begins_with")) && !(args.get(0) instanceof Ast.PathOperand)) {
            throw Errors.validation("Invalid condition in KeyConditionExpression: " + operator
                    + " operator must have the key attribute as its first operand");
        }
        String attribute = null;
        int attributeIndex = 0;
        List<AttributeValue> values = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof Ast.PathOperand path) {
                if (attribute != null) {
                    throw Errors.validation("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
                }
                if (path.path().isNested()) {
                    throw Errors.validation("KeyConditionExpressions cannot have conditions on nested attributes");
                }
                attribute = path.path().topLevel();
                attributeIndex = i;
            } else {
                values.add(((Ast.ValueOperand) args.get(i)).value());
            }
        }
        if (attribute == null) {
            throw Errors.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        if (byAttribute.containsKey(attribute)) {
            throw Errors.validation("KeyConditionExpressions must only contain one condition per key");
        }
        byAttribute.put(attribute, new SortKeyComparison(attributeIndex == 0 ? operator : flipped(operator), values));
    }

    private static String flipped(String operator) {
        switch (operator) {
            case "<": return ">";
            case "<=": return ">=";
            case ">": return "<";
            case ">=": return "<=";
            default: return operator;
        }
    }

    private KeyCondition toKeyCondition(String partitionKey, String partitionType, String sortKey, String sortType) {
        if (byAttribute.size() > 2) {
            throw Errors.validation("Conditions can be of length 1 or 2 only");
        }
        if (sortKey == null && byAttribute.size() > 1) {
            throw Errors.validation("Query key condition not supported");
        }
        SortKeyComparison partition = byAttribute.get(partitionKey);
        if (partition == null) {
            throw Errors.validation("Query condition missed key schema element: " + partitionKey);
        }
        checkTypes(partition, partitionType);
        if (!partition.operator().equals("=")) {
            throw Errors.validation("Query key condition not supported");
        }
        SortKeyComparison sort = sortKey == null ? null : byAttribute.get(sortKey);
        if (sort == null && byAttribute.size() > 1) {
            throw Errors.validation("Query condition missed key schema element: " + sortKey);
        }
        if (sort != null) {
            checkTypes(sort, sortType);
        }
        return new KeyCondition(partition.values().get(0), sort);
    }

    private static void checkTypes(SortKeyComparison condition, String type) {
        if (type != null && condition.values().stream().anyMatch(v -> !type.equals(Values.type(v)))) {
            throw Errors.invalidParameter("Condition parameter type does not match schema type");
        }
    }

    private static RuntimeException invalidOperator(String operator) {
        return Errors.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }
}
