package io.genericrepo.inmemory.expression;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed condition and the top-level attribute names its document paths start with, collected
 * once from the AST; evaluation is {@link Evaluator}'s.
 */
record ParsedCondition(Ast.Condition condition, Set<String> attributeNames) implements ConditionExpr {

    static ParsedCondition of(Ast.Condition condition) {
        Set<String> names = new LinkedHashSet<>();
        collect(condition, names);
        return new ParsedCondition(condition, Set.copyOf(names));
    }

    @Override
    public boolean test(Map<String, AttributeValue> item) {
        return Evaluator.test(condition, item);
    }

    private static void collect(Ast.Condition condition, Set<String> names) {
        if (condition instanceof Ast.And and) {
            collect(and.left(), names);
            collect(and.right(), names);
        } else if (condition instanceof Ast.Or or) {
            collect(or.left(), names);
            collect(or.right(), names);
        } else if (condition instanceof Ast.Not not) {
            collect(not.condition(), names);
        } else if (condition instanceof Ast.Compare compare) {
            collect(List.of(compare.left(), compare.right()), names);
        } else if (condition instanceof Ast.Between between) {
            collect(List.of(between.value(), between.low(), between.high()), names);
        } else if (condition instanceof Ast.In in) {
            collect(List.of(in.value()), names);
            collect(in.candidates(), names);
        } else if (condition instanceof Ast.Function function) {
            collect(function.args(), names);
        }
    }

    private static void collect(List<Ast.Operand> operands, Set<String> names) {
        for (Ast.Operand operand : operands) {
            if (operand instanceof Ast.PathOperand path) {
                names.add(path.path().topLevel());
            } else if (operand instanceof Ast.Call call) {
                collect(call.args(), names);
            } else if (operand instanceof Ast.Arithmetic arithmetic) {
                collect(List.of(arithmetic.left(), arithmetic.right()), names);
            }
        }
    }
}
