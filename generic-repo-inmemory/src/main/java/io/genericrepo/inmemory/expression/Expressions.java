package io.genericrepo.inmemory.expression;

/**
 * The entry points of the expression engine: one parser for DynamoDB's grammar, one AST, one
 * evaluator. Each method parses {@code text}, resolves its placeholders through {@code p} and
 * validates it as DynamoDB does, throwing DynamoDB's ValidationException
 * ({@code io.genericrepo.inmemory.error.Errors}) that names the expression kind and the token.
 *
 * <p>CONTRACT between the expression package and the actions that call it.
 */
public final class Expressions {

    private Expressions() {}

    /**
     * A ConditionExpression or FilterExpression.
     *
     * @param kind "ConditionExpression" or "FilterExpression", used in error messages
     */
    public static ConditionExpr condition(String text, String kind, Placeholders p) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /**
     * A KeyConditionExpression, checked against the keys of the table or index queried: exactly one
     * {@code =} on the partition key, at most one condition on the sort key
     * ({@code = < <= > >= BETWEEN begins_with}), joined by AND.
     *
     * @param sortKey the sort key's attribute name, or null when the table or index has none
     */
    public static KeyCondition keyCondition(String text, Placeholders p, String partitionKey, String sortKey) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /** An UpdateExpression (SET, REMOVE, ADD, DELETE clauses). */
    public static UpdateExpr update(String text, Placeholders p) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }

    /** A ProjectionExpression. */
    public static Projection projection(String text, Placeholders p) {
        throw new UnsupportedOperationException("TODO engine-expr");
    }
}
