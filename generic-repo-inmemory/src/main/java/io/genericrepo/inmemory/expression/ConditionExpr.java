package io.genericrepo.inmemory.expression;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A parsed ConditionExpression or FilterExpression. */
public interface ConditionExpr {

    /**
     * @param item the item as stored, or an empty map when there is none (a condition on a missing
     *     item sees no attributes)
     * @return whether the item satisfies the condition
     */
    boolean test(Map<String, AttributeValue> item);

    /**
     * @return the top-level attribute names the condition reads (the first step of each document
     *     path, placeholders resolved), for rules such as "a Query filter may not name a key"
     */
    Set<String> attributeNames();
}
