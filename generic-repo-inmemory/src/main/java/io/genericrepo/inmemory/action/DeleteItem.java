package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.expression.Expressions;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** DeleteItem: deletes the item with that key (if any) under an optional ConditionExpression. */
public final class DeleteItem {

    private final Database db;

    /** @param db the engine's tables */
    public DeleteItem(Database db) {
        this.db = db;
    }

    /** Validates, checks the condition and deletes, atomically. */
    public DeleteItemResponse apply(DeleteItemRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        Requests.noLegacy("DeleteItem", "Expected", r.hasExpected());
        Requests.noLegacy("DeleteItem", "ConditionalOperator", r.conditionalOperator() != null);
        boolean returnsOld = Writes.returnsOld(r.returnValuesAsString());
        ReturnValuesOnConditionCheckFailure onFailure = Writes.onFailure(r.returnValuesOnConditionCheckFailure(),
                r.returnValuesOnConditionCheckFailureAsString());
        Placeholders p = Requests.placeholders(r.expressionAttributeNames(), r.hasExpressionAttributeNames(),
                r.expressionAttributeValues(), r.hasExpressionAttributeValues(), List.of("ConditionExpression"),
                r.conditionExpression());
        ConditionExpr condition = r.conditionExpression() == null ? null
                : Expressions.condition(r.conditionExpression(), "ConditionExpression", p);
        Requests.checkAllUsed(p);
        Table table = db.table(name);
        Map<String, AttributeValue> key = Requests.key(table, r.key(), r.hasKey());
        StoredItem old;
        table.lock().writeLock().lock();
        try {
            old = table.get(key);
            Writes.check(condition, old, onFailure);
            if (old != null) {
                table.delete(key);
            }
        } finally {
            table.lock().writeLock().unlock();
        }
        DeleteItemResponse.Builder b = Responses.ok(DeleteItemResponse.builder());
        if (returnsOld && old != null) {
            b.attributes(old.item());
        }
        return b.consumedCapacity(ConsumedUnits.write(r.returnConsumedCapacity(), name, old == null ? 0 : old.size()))
                .build();
    }
}
