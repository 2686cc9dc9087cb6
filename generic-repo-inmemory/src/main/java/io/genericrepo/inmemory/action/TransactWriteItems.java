package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.expression.Expressions;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.expression.UpdateExpr;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import io.genericrepo.inmemory.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * TransactWriteItems: 1 to 100 Put, Update, Delete and ConditionCheck actions, at most one per
 * item, at most 4 MB, applied all or nothing. The request is validated first (a malformed action
 * is a ValidationException for the whole request); then the tables involved are locked in name
 * order, every condition is evaluated on the items as stored and every update computed; if any
 * fails, TransactionCanceledException carries one reason per action, in order ("None" for those
 * that passed). A ClientRequestToken makes the request idempotent for 10 minutes
 * ({@link Idempotency}).
 */
public final class TransactWriteItems {

    private static final int MAX_ACTIONS = 100;
    private static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final CancellationReason NONE = CancellationReason.builder().code("None").build();

    private final Database db;
    private final Idempotency idempotency;

    /** @param db the engine's tables */
    public TransactWriteItems(Database db) {
        this.db = db;
        this.idempotency = new Idempotency(db.clock());
    }

    private enum Kind { PUT, UPDATE, DELETE, CHECK }

    private record Action(Kind kind, Table table, Map<String, AttributeValue> key, StoredItem item, UpdateExpr update,
            ConditionExpr condition, ReturnValuesOnConditionCheckFailure onFailure) {}

    /** Validates, then applies all actions or none. */
    public TransactWriteItemsResponse apply(TransactWriteItemsRequest r) {
        if (!r.hasTransactItems()) {
            throw Errors.constraint(null, "transactItems", "must not be null");
        }
        int n = r.transactItems().size();
        if (n < 1 || n > MAX_ACTIONS) {
            throw Errors.constraint(n, "transactItems", n < 1 ? "must have length greater than or equal to 1"
                    : "must have length less than or equal to " + MAX_ACTIONS);
        }
        List<Action> actions = new ArrayList<>(n);
        Set<List<Object>> seen = new HashSet<>();
        long bytes = 0;
        for (TransactWriteItem t : r.transactItems()) {
            Action a = validate(t);
            if (!seen.add(List.of(a.table().name(), a.table().keyOf(a.key())))) {
                throw Errors.validation("Transaction request cannot include multiple operations on one item");
            }
            bytes += requestBytes(t, a);
            actions.add(a);
        }
        if (bytes > MAX_BYTES) {
            throw Errors.validation("Transaction request cannot be larger than 4 MB");
        }
        String token = r.clientRequestToken();
        if (token == null) {
            return execute(actions);
        }
        return idempotency.run(token, r, () -> execute(actions));
    }

    /**
     * What an action adds to the 4 MB a transaction may carry: a put's item; for the others their
     * key and the values their expressions carry (an update's values are what it writes).
     */
    private static long requestBytes(TransactWriteItem t, Action a) {
        if (a.item() != null) {
            return a.item().size();
        }
        Map<String, AttributeValue> values = t.update() != null ? t.update().expressionAttributeValues()
                : t.delete() != null ? t.delete().expressionAttributeValues()
                : t.conditionCheck() != null ? t.conditionCheck().expressionAttributeValues() : Map.of();
        long bytes = Values.itemSize(a.key());
        for (AttributeValue value : values.values()) {
            bytes += Values.size(value);
        }
        return bytes;
    }

    private TransactWriteItemsResponse execute(List<Action> actions) {
        List<Table> tables = Locks.tables(actions.stream().map(Action::table).toList());
        Locks.writeLockAll(tables);
        try {
            List<CancellationReason> reasons = new ArrayList<>(actions.size());
            List<StoredItem> results = new ArrayList<>(actions.size());
            boolean failed = false;
            for (Action a : actions) {
                StoredItem old = a.table().get(a.key());
                CancellationReason reason = NONE;
                StoredItem result = null;
                if (a.condition() != null && !a.condition().test(old == null ? Map.of() : old.item())) {
                    CancellationReason.Builder b = CancellationReason.builder().code("ConditionalCheckFailed")
                            .message("The conditional request failed");
                    if (a.onFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD && old != null) {
                        b.item(old.item());
                    }
                    reason = b.build();
                } else if (a.kind() == Kind.UPDATE) {
                    try {
                        result = UpdateItem.updated(a.table(), a.key(), old, a.update());
                    } catch (DynamoDbException e) {
                        reason = CancellationReason.builder().code("ValidationError")
                                .message(e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage())
                                .build();
                    }
                } else if (a.kind() == Kind.PUT) {
                    result = a.item();
                }
                failed |= reason != NONE;
                reasons.add(reason);
                results.add(result);
            }
            if (failed) {
                throw Errors.transactionCanceled(reasons);
            }
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                switch (a.kind()) {
                    case PUT, UPDATE -> a.table().put(results.get(i));
                    case DELETE -> a.table().delete(a.key());
                    default -> { }
                }
            }
            return Responses.ok(TransactWriteItemsResponse.builder()).build();
        } finally {
            Locks.writeUnlockAll(tables);
        }
    }

    private Action validate(TransactWriteItem t) {
        int present = (t.put() != null ? 1 : 0) + (t.update() != null ? 1 : 0) + (t.delete() != null ? 1 : 0)
                + (t.conditionCheck() != null ? 1 : 0);
        if (present != 1) {
            throw Errors.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        if (t.put() != null) {
            Put p = t.put();
            Placeholders ph = Requests.placeholders(p.expressionAttributeNames(), p.hasExpressionAttributeNames(),
                    p.expressionAttributeValues(), p.hasExpressionAttributeValues(), List.of("ConditionExpression"),
                    p.conditionExpression());
            ConditionExpr c = condition(p.conditionExpression(), ph);
            Requests.checkAllUsed(ph);
            Table table = db.table(Requests.name(p.tableName(), "transactItems.member.put.tableName"));
            if (!p.hasItem()) {
                throw Errors.constraint(null, "transactItems.member.put.item", "must not be null");
            }
            StoredItem item = Requests.item(table, p.item());
            return new Action(Kind.PUT, table, Requests.keyOf(item.item(), table.keyNames()), item, null, c,
                    p.returnValuesOnConditionCheckFailure());
        }
        if (t.update() != null) {
            Update u = t.update();
            if (u.updateExpression() == null) {
                throw Errors.constraint(null, "transactItems.member.update.updateExpression", "must not be null");
            }
            Placeholders ph = Requests.placeholders(u.expressionAttributeNames(), u.hasExpressionAttributeNames(),
                    u.expressionAttributeValues(), u.hasExpressionAttributeValues(),
                    List.of("UpdateExpression", "ConditionExpression"), u.updateExpression(), u.conditionExpression());
            UpdateExpr update = Expressions.update(u.updateExpression(), ph);
            ConditionExpr c = condition(u.conditionExpression(), ph);
            Requests.checkAllUsed(ph);
            Table table = db.table(Requests.name(u.tableName(), "transactItems.member.update.tableName"));
            Map<String, AttributeValue> key = Requests.key(table, u.key(), u.hasKey());
            UpdateItem.checkKeyUntouched(table, update);
            return new Action(Kind.UPDATE, table, key, null, update, c, u.returnValuesOnConditionCheckFailure());
        }
        if (t.delete() != null) {
            Delete d = t.delete();
            Placeholders ph = Requests.placeholders(d.expressionAttributeNames(), d.hasExpressionAttributeNames(),
                    d.expressionAttributeValues(), d.hasExpressionAttributeValues(), List.of("ConditionExpression"),
                    d.conditionExpression());
            ConditionExpr c = condition(d.conditionExpression(), ph);
            Requests.checkAllUsed(ph);
            Table table = db.table(Requests.name(d.tableName(), "transactItems.member.delete.tableName"));
            return new Action(Kind.DELETE, table, Requests.key(table, d.key(), d.hasKey()), null, null, c,
                    d.returnValuesOnConditionCheckFailure());
        }
        ConditionCheck cc = t.conditionCheck();
        if (cc.conditionExpression() == null) {
            throw Errors.constraint(null, "transactItems.member.conditionCheck.conditionExpression", "must not be null");
        }
        Placeholders ph = Requests.placeholders(cc.expressionAttributeNames(), cc.hasExpressionAttributeNames(),
                cc.expressionAttributeValues(), cc.hasExpressionAttributeValues(), List.of("ConditionExpression"),
                cc.conditionExpression());
        ConditionExpr c = condition(cc.conditionExpression(), ph);
        Requests.checkAllUsed(ph);
        Table table = db.table(Requests.name(cc.tableName(), "transactItems.member.conditionCheck.tableName"));
        return new Action(Kind.CHECK, table, Requests.key(table, cc.key(), cc.hasKey()), null, null, c,
                cc.returnValuesOnConditionCheckFailure());
    }

    private static ConditionExpr condition(String text, Placeholders p) {
        return text == null ? null : Expressions.condition(text, "ConditionExpression", p);
    }
}
