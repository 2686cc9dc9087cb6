package io.genericrepo.inmemory.expression;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A parsed UpdateExpression. */
public interface UpdateExpr {

    /**
     * Applies the update to a copy of the item (the caller's map is not changed).
     *
     * @param item the item as stored, or the key alone when there is none
     * @return the item afterwards
     * @throws software.amazon.awssdk.services.dynamodb.model.DynamoDbException a ValidationException
     *     as DynamoDB reports it (an invalid document path, an operand of the wrong type, ...)
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /** @return the top-level attribute names the update sets, removes, adds to or deletes from */
    Set<String> topLevelAttributes();

    /**
     * @param item an item before or after the update
     * @return the parts of the item at the paths the update touches (for ReturnValues UPDATED_OLD
     *     and UPDATED_NEW)
     */
    Map<String, AttributeValue> updatedPart(Map<String, AttributeValue> item);
}
