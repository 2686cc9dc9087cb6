package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.value.Values;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The condition a KeyConditionExpression puts on the sort key, as an operator and its values, so
 * that a store can also use it to bound a range scan.
 *
 * @param operator one of {@code = < <= > >= BETWEEN begins_with}
 * @param values one value, or two for BETWEEN (low, high)
 */
public record SortKeyComparison(String operator, List<AttributeValue> values) implements KeyCondition.SortKeyCondition {

    /** Copies the values. */
    public SortKeyComparison {
        values = List.copyOf(values);
    }

    @Override
    public boolean test(AttributeValue sortValue) {
        switch (operator) {
            case "BETWEEN":
                return Evaluator.compare(">=", sortValue, values.get(0)) && Evaluator.compare("<=", sortValue, values.get(1));
            case "begins_with":
                return Evaluator.beginsWith(sortValue, values.get(0));
            case "=":
                return sortValue != null && Values.equal(sortValue, values.get(0));
            default:
                return Evaluator.compare(operator, sortValue, values.get(0));
        }
    }
}
