package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.store.StoredItem;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * What the single-item writes share: evaluating a ConditionExpression on the item as stored (under
 * the table's write lock, so atomically with the write) and the ReturnValues rules.
 */
final class Writes {

    private static final Set<String> RETURN_VALUES = Set.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");

    private Writes() {}

    /** Throws ConditionalCheckFailedException (with the item when asked for ALL_OLD) when the condition fails. */
    static void check(ConditionExpr condition, StoredItem old, ReturnValuesOnConditionCheckFailure onFailure) {
        if (condition != null && !condition.test(old == null ? Map.of() : old.item())) {
            boolean withItem = onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD && old != null;
            throw Errors.conditionalCheckFailed(withItem ? old.item() : null);
        }
    }

    /** Checks ReturnValuesOnConditionCheckFailure: NONE or ALL_OLD. */
    static ReturnValuesOnConditionCheckFailure onFailure(ReturnValuesOnConditionCheckFailure value, String asString) {
        if (value == ReturnValuesOnConditionCheckFailure.UNKNOWN_TO_SDK_VERSION) {
            throw Errors.constraint(asString, "returnValuesOnConditionCheckFailure",
                    "must satisfy enum value set: [ALL_OLD, NONE]");
        }
        return value;
    }

    /** PutItem and DeleteItem allow ReturnValues NONE and ALL_OLD only. */
    static boolean returnsOld(String returnValues) {
        checkReturnValues(returnValues);
        if (returnValues == null || returnValues.equals("NONE")) {
            return false;
        }
        if (returnValues.equals("ALL_OLD")) {
            return true;
        }
        throw Errors.validation("ReturnValues can only be ALL_OLD or NONE");
    }

    /** Refuses a ReturnValues that is none of DynamoDB's five. */
    static void checkReturnValues(String returnValues) {
        if (returnValues != null && !RETURN_VALUES.contains(returnValues)) {
            throw Errors.constraint(returnValues, "returnValues",
                    "must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
        }
    }
}
