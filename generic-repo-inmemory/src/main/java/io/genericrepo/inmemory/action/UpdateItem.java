package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.expression.Expressions;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.expression.UpdateExpr;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * UpdateItem: applies an UpdateExpression to the item with that key (or to the key alone when
 * there is none, creating it), under an optional ConditionExpression, atomically; ReturnValues
 * NONE, ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW.
 */
public final class UpdateItem {

    private final Database db;

    /** @param db the engine's tables */
    public UpdateItem(Database db) {
        this.db = db;
    }

    /** Validates, checks the condition and updates, atomically. */
    public UpdateItemResponse apply(UpdateItemRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        Requests.noLegacy("UpdateItem", "AttributeUpdates", r.hasAttributeUpdates());
        Requests.noLegacy("UpdateItem", "Expected", r.hasExpected());
        Requests.noLegacy("UpdateItem", "ConditionalOperator", r.conditionalOperator() != null);
        String returnValues = r.returnValuesAsString() == null ? "NONE" : r.returnValuesAsString();
        Writes.checkReturnValues(returnValues);
        ReturnValuesOnConditionCheckFailure onFailure = Writes.onFailure(r.returnValuesOnConditionCheckFailure(),
                r.returnValuesOnConditionCheckFailureAsString());
        Placeholders p = Requests.placeholders(r.expressionAttributeNames(), r.hasExpressionAttributeNames(),
                r.expressionAttributeValues(), r.hasExpressionAttributeValues(),
                List.of("UpdateExpression", "ConditionExpression"), r.updateExpression(), r.conditionExpression());
        UpdateExpr update = r.updateExpression() == null ? null : Expressions.update(r.updateExpression(), p);
        ConditionExpr condition = r.conditionExpression() == null ? null
                : Expressions.condition(r.conditionExpression(), "ConditionExpression", p);
        Requests.checkAllUsed(p);
        Table table = db.table(name);
        Map<String, AttributeValue> key = Requests.key(table, r.key(), r.hasKey());
        checkKeyUntouched(table, update);
        StoredItem old;
        StoredItem updated;
        table.lock().writeLock().lock();
        try {
            old = table.get(key);
            Writes.check(condition, old, onFailure);
            updated = updated(table, key, old, update);
            table.put(updated);
        } finally {
            table.lock().writeLock().unlock();
        }
        Map<String, AttributeValue> attributes = switch (returnValues) {
            case "ALL_OLD" -> old == null ? null : old.item();
            case "UPDATED_OLD" -> old == null || update == null ? null : update.updatedPart(old.item());
            case "ALL_NEW" -> updated.item();
            case "UPDATED_NEW" -> update == null ? null : update.updatedPart(updated.item());
            default -> null;
        };
        UpdateItemResponse.Builder b = Responses.ok(UpdateItemResponse.builder());
        if (attributes != null && !attributes.isEmpty()) {
            b.attributes(attributes);
        }
        return b.consumedCapacity(ConsumedUnits.write(r.returnConsumedCapacity(), name,
                Math.max(updated.size(), old == null ? 0 : old.size()))).build();
    }

    /** Refuses an update of a key attribute. */
    static void checkKeyUntouched(Table table, UpdateExpr update) {
        if (update == null) {
            return;
        }
        for (String k : table.keyNames()) {
            if (update.topLevelAttributes().contains(k)) {
                throw Errors.invalidParameter("Cannot update attribute " + k + ". This attribute is part of the key");
            }
        }
    }

    /** @return the item after the update, validated as an item to be stored */
    static StoredItem updated(Table table, Map<String, AttributeValue> key, StoredItem old, UpdateExpr update) {
        Map<String, AttributeValue> base = old == null ? key : old.item();
        if (update == null) {
            return old != null ? old : Requests.item(table, key);
        }
        return Requests.item(table, update.apply(base));
    }
}
