package io.genericrepo.inmemory.expression;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A request's {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}, shared by all
 * the expressions of that request, recording which placeholders the expressions used so that
 * {@link #checkAllUsed()} can refuse unused ones as DynamoDB does.
 *
 * <p>CONTRACT (owned by the expression package): the parser resolves {@code #name} and
 * {@code :value} through this object and throws DynamoDB's ValidationException for an undefined
 * one, naming it and the expression.
 */
public final class Placeholders {

    /**
     * @param names the request's ExpressionAttributeNames (null or empty when absent)
     * @param values the request's ExpressionAttributeValues (null or empty when absent)
     */
    public Placeholders(Map<String, String> names, Map<String, AttributeValue> values) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /**
     * Throws DynamoDB's ValidationException when a name or value was given but used by no expression
     * ("Value provided in ExpressionAttributeValues unused in expressions: keys: {:v1}").
     */
    public void checkAllUsed() {
        throw new UnsupportedOperationException("TODO engine-expr");
    }
}
