package io.genericrepo.inmemory.expression;

/**
 * The entry points of the expression engine: one parser for DynamoDB's grammar, one AST, one
 * evaluator. Each method parses {@code text}, resolves its placeholders through {@code p} and
 * validates it as DynamoDB does, throwing DynamoDB's ValidationException
 * ({@code io.genericrepo.inmemory.error.Errors}) that names the expression kind and the token.
 *
 * <p>CONTRACT between the expression package and the actions that call it. For example:
 *
 * <pre>{@code
 * Placeholders p = new Placeholders(request.expressionAttributeNames(), request.expressionAttributeValues());
 * ConditionExpr condition = Expressions.condition(request.conditionExpression(), "ConditionExpression", p);
 * p.checkAllUsed();
 * if (!condition.test(storedItemOrEmptyMap)) throw Errors.conditionalCheckFailed();
 * }</pre>
 */
public final class Expressions {

    private Expressions() {}

    /**
     * A ConditionExpression or FilterExpression.
     *
     * @param kind "ConditionExpression" or "FilterExpression", used in error messages
     */
    public static ConditionExpr condition(String text, String kind, Placeholders p) {
        return ParsedCondition.of(new ConditionParser(text, kind, p).parse());
    }

    /**
     * A KeyConditionExpression, checked against the keys of the table or index queried: exactly one
     * {@code =} on the partition key, at most one condition on the sort key
     * ({@code = < <= > >= BETWEEN begins_with}), joined by AND.
     *
     * @param sortKey the sort key's attribute name, or null when the table or index has none
     */
    public static KeyCondition keyCondition(String text, Placeholders p, String partitionKey, String sortKey) {
        return keyCondition(text, p, partitionKey, null, sortKey, null);
    }

    /**
     * The same, also checking that the values compared with each key have the key's type
     * ("One or more parameter values were invalid: Condition parameter type does not match schema
     * type").
     *
     * @param partitionType the partition key's type ("S", "N" or "B"), or null not to check it
     * @param sortType the sort key's type, or null not to check it
     */
    public static KeyCondition keyCondition(String text, Placeholders p, String partitionKey, String partitionType,
            String sortKey, String sortType) {
        Ast.Condition condition = new ConditionParser(text, "KeyConditionExpression", p).parse();
        return KeyConditions.check(condition, partitionKey, partitionType, sortKey, sortType);
    }

    /** An UpdateExpression (SET, REMOVE, ADD, DELETE clauses). */
    public static UpdateExpr update(String text, Placeholders p) {
        return new UpdateApplier(new UpdateParser(text, p).parse());
    }

    /** A ProjectionExpression. */
    public static Projection projection(String text, Placeholders p) {
        return new ProjectionParser(text, p).parse();
    }
}
