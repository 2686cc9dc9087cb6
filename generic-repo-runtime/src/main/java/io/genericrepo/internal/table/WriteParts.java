package io.genericrepo.internal.table;

import io.genericrepo.Condition;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One write to one item as the parts of a DynamoDB request, with the table's rules already
 * applied (version condition and increment, TTL filled, key and item limits checked): what a
 * PutItem, UpdateItem or DeleteItem request and a transaction's Put, Update, Delete or
 * ConditionCheck action have in common. {@link TableOperations} builds it once; the single-item
 * requests and the transaction actions are both made from it, so that no rule is written twice.
 * Internal.
 *
 * @param operation {@code save}, {@code update}, {@code delete} or {@code check}, for messages
 * @param key the key attributes
 * @param item the whole item for a put, else null
 * @param updateExpression the update expression for an update, else null
 * @param conditionExpression the full condition (the caller's and the version's), or null
 * @param names the expression attribute names, or null
 * @param values the expression attribute values, or null
 * @param describedKey the key for messages: {@code customerId=c-1, orderId=o-9}
 * @param condition the caller's own condition, or null
 * @param expectedVersion the version the stored item must have, or null when not checked
 * @param missing the rejection message when the item must exist and does not, or null
 * @param <T> the record
 */
public record WriteParts<T>(String operation, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
        String updateExpression, String conditionExpression, Map<String, String> names,
        Map<String, AttributeValue> values, String describedKey, Condition<T> condition, Long expectedVersion,
        String missing) {}
