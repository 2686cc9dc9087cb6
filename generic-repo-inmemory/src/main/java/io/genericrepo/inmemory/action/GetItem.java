package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem: the item with exactly the table's key, projected; no Item when there is none. */
public final class GetItem {

    private final Database db;

    /** @param db the engine's tables */
    public GetItem(Database db) {
        this.db = db;
    }

    /** Validates and reads. */
    public GetItemResponse apply(GetItemRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        Placeholders p = Requests.placeholders(r.expressionAttributeNames(), r.hasExpressionAttributeNames(),
                null, false, List.of("ProjectionExpression"), r.projectionExpression());
        Projector projector = Projector.of(r.projectionExpression(), r.attributesToGet(), r.hasAttributesToGet(), p);
        Requests.checkAllUsed(p);
        Table table = db.table(name);
        Map<String, AttributeValue> key = Requests.key(table, r.key(), r.hasKey());
        StoredItem stored;
        table.lock().readLock().lock();
        try {
            stored = table.get(key);
        } finally {
            table.lock().readLock().unlock();
        }
        GetItemResponse.Builder b = Responses.ok(GetItemResponse.builder());
        if (stored != null) {
            b.item(projector.apply(stored.item()));
        }
        return b.consumedCapacity(ConsumedUnits.read(r.returnConsumedCapacity(), name, stored == null ? 0 : stored.size(),
                Boolean.TRUE.equals(r.consistentRead()))).build();
    }
}
