package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * TransactGetItems: 1 to 100 Gets read as one consistent snapshot (the tables' read locks held
 * together, taken in name order); one response per Get, in order, empty where there is no item.
 */
public final class TransactGetItems {

    private static final int MAX_ACTIONS = 100;

    private final Database db;

    /** @param db the engine's tables */
    public TransactGetItems(Database db) {
        this.db = db;
    }

    private record Read(Table table, Map<String, AttributeValue> key, Projector projector) {}

    /** Validates, then reads all. */
    public TransactGetItemsResponse apply(TransactGetItemsRequest r) {
        if (!r.hasTransactItems()) {
            throw Errors.constraint(null, "transactItems", "must not be null");
        }
        int n = r.transactItems().size();
        if (n < 1 || n > MAX_ACTIONS) {
            throw Errors.constraint(n, "transactItems", n < 1 ? "must have length greater than or equal to 1"
                    : "must have length less than or equal to " + MAX_ACTIONS);
        }
        List<Read> reads = new ArrayList<>(n);
        for (TransactGetItem t : r.transactItems()) {
            Get g = t.get();
            if (g == null) {
                throw Errors.constraint(null, "transactItems.member.get", "must not be null");
            }
            Placeholders p = Requests.placeholders(g.expressionAttributeNames(), g.hasExpressionAttributeNames(),
                    null, false, List.of("ProjectionExpression"), g.projectionExpression());
            Projector projector = Projector.of(g.projectionExpression(), null, false, p);
            Requests.checkAllUsed(p);
            Table table = db.table(Requests.name(g.tableName(), "transactItems.member.get.tableName"));
            reads.add(new Read(table, Requests.key(table, g.key(), g.hasKey()), projector));
        }
        List<Table> tables = Locks.tables(reads.stream().map(Read::table).toList());
        List<ItemResponse> responses = new ArrayList<>(n);
        Locks.readLockAll(tables);
        try {
            for (Read read : reads) {
                StoredItem stored = read.table().get(read.key());
                responses.add(stored == null ? ItemResponse.builder().build()
                        : ItemResponse.builder().item(read.projector().apply(stored.item())).build());
            }
        } finally {
            Locks.readUnlockAll(tables);
        }
        return Responses.ok(TransactGetItemsResponse.builder()).responses(responses).build();
    }
}
