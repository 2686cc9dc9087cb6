package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.expression.Expressions;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** PutItem: stores an item, replacing the one with its key, under an optional ConditionExpression. */
public final class PutItem {

    private final Database db;

    /** @param db the engine's tables */
    public PutItem(Database db) {
        this.db = db;
    }

    /** Validates, checks the condition and writes, atomically. */
    public PutItemResponse apply(PutItemRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        Requests.noLegacy("PutItem", "Expected", r.hasExpected());
        Requests.noLegacy("PutItem", "ConditionalOperator", r.conditionalOperator() != null);
        boolean returnsOld = Writes.returnsOld(r.returnValuesAsString());
        ReturnValuesOnConditionCheckFailure onFailure = Writes.onFailure(r.returnValuesOnConditionCheckFailure(),
                r.returnValuesOnConditionCheckFailureAsString());
        Placeholders p = Requests.placeholders(r.expressionAttributeNames(), r.hasExpressionAttributeNames(),
                r.expressionAttributeValues(), r.hasExpressionAttributeValues(), List.of("ConditionExpression"),
                r.conditionExpression());
        ConditionExpr condition = r.conditionExpression() == null ? null
                : Expressions.condition(r.conditionExpression(), "ConditionExpression", p);
        Requests.checkAllUsed(p);
        if (!r.hasItem()) {
            throw Errors.constraint(null, "item", "must not be null");
        }
        Table table = db.table(name);
        StoredItem item = Requests.item(table, r.item());
        StoredItem old;
        table.lock().writeLock().lock();
        try {
            old = table.get(item.item());
            Writes.check(condition, old, onFailure);
            table.put(item);
        } finally {
            table.lock().writeLock().unlock();
        }
        PutItemResponse.Builder b = Responses.ok(PutItemResponse.builder());
        if (returnsOld && old != null) {
            b.attributes(old.item());
        }
        return b.consumedCapacity(ConsumedUnits.write(r.returnConsumedCapacity(), name,
                Math.max(item.size(), old == null ? 0 : old.size()))).build();
    }
}
