package io.genericrepo.inmemory.expression;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed UpdateExpression. Every SET value is computed from the item as it was before the
 * update; SET, ADD and DELETE then apply in the order written and REMOVE last (list elements after
 * a removed one shift down; indexes name the elements as they were). Setting a list index past the
 * end appends. Errors while applying, as DynamoDB words them:
 * <ul>
 *   <li>"The document path provided in the update expression is invalid for update" (a path into a
 *       missing attribute, or a key into a non-map, an index into a non-list)</li>
 *   <li>"The provided expression refers to an attribute that does not exist in the item" (a SET
 *       operand at a missing path)</li>
 *   <li>"An operand in the update expression has an incorrect data type" (arithmetic on a
 *       non-number, list_append of a non-list, ADD or DELETE on an attribute of another type)</li>
 *   <li>the number range errors of {@link io.genericrepo.inmemory.value.Numbers}</li>
 * </ul>
 */
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
