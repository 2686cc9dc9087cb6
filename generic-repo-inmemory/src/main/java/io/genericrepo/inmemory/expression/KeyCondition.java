package io.genericrepo.inmemory.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed and checked KeyConditionExpression.
 *
 * @param partitionValue the value the partition key must equal
 * @param sortKey the condition on the sort key, or null when there is none
 */
public record KeyCondition(AttributeValue partitionValue, SortKeyCondition sortKey) {

    /** The condition on the sort key: {@code = < <= > >= BETWEEN begins_with}. */
    public interface SortKeyCondition {

        /** @return whether a sort key value satisfies the condition (values of another type do not) */
        boolean test(AttributeValue sortValue);
    }
}
