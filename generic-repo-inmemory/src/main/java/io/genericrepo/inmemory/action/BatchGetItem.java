package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * BatchGetItem: 1 to 100 keys over one or more tables, no key twice, a projection per table; at
 * most 16 MB of items in the answer, the keys beyond it (and those the fault policy skips) in
 * UnprocessedKeys.
 */
public final class BatchGetItem {

    private static final int MAX_KEYS = 100;
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Database db;
    private final BooleanSupplier skip;

    /**
     * @param db the engine's tables
     * @param skip says, per key, whether to leave it unprocessed (injected faults)
     */
    public BatchGetItem(Database db, BooleanSupplier skip) {
        this.db = db;
        this.skip = skip;
    }

    private record TableRead(Table table, KeysAndAttributes request, Projector projector,
            List<Map<String, AttributeValue>> keys) {}

    /** Validates everything, then reads table by table. */
    public BatchGetItemResponse apply(BatchGetItemRequest r) {
        if (!r.hasRequestItems()) {
            throw Errors.constraint(null, "requestItems", "must not be null");
        }
        if (r.requestItems().isEmpty()) {
            throw Errors.constraint("{}", "requestItems", "must have length greater than or equal to 1");
        }
        List<TableRead> reads = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
            Requests.name(e.getKey(), "requestItems.key");
            KeysAndAttributes ka = e.getValue();
            if (!ka.hasKeys() || ka.keys().isEmpty()) {
                throw Errors.constraint("[]", "requestItems." + e.getKey() + ".member.keys",
                        "must have length greater than or equal to 1");
            }
            Placeholders p = Requests.placeholders(ka.expressionAttributeNames(), ka.hasExpressionAttributeNames(),
                    null, false, List.of("ProjectionExpression"), ka.projectionExpression());
            Projector projector = Projector.of(ka.projectionExpression(), ka.attributesToGet(), ka.hasAttributesToGet(), p);
            Requests.checkAllUsed(p);
            total += ka.keys().size();
            if (total > MAX_KEYS) {
                throw Errors.validation("Too many items requested for the BatchGetItem call");
            }
            Table table = db.table(e.getKey());
            Set<Object> seen = new HashSet<>();
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (Map<String, AttributeValue> key : ka.keys()) {
                Map<String, AttributeValue> k = Requests.key(table, key, true);
                if (!seen.add(table.keyOf(k))) {
                    throw Errors.duplicateKeys();
                }
                keys.add(k);
            }
            reads.add(new TableRead(table, ka, projector, keys));
        }
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        long bytes = 0;
        List<ConsumedCapacity> consumed = new ArrayList<>();
        for (TableRead read : reads) {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            List<Map<String, AttributeValue>> left = new ArrayList<>();
            boolean consistent = Boolean.TRUE.equals(read.request().consistentRead());
            double units = 0;
            read.table().lock().readLock().lock();
            try {
                for (Map<String, AttributeValue> key : read.keys()) {
                    if (bytes >= MAX_BYTES || skip.getAsBoolean()) {
                        left.add(key);
                        continue;
                    }
                    StoredItem stored = read.table().get(key);
                    units += ConsumedUnits.readUnits(stored == null ? 0 : stored.size(), consistent);
                    if (stored != null) {
                        bytes += stored.size();
                        found.add(read.projector().apply(stored.item()));
                    }
                }
            } finally {
                read.table().lock().readLock().unlock();
            }
            responses.put(read.table().name(), found);
            if (!left.isEmpty()) {
                unprocessed.put(read.table().name(), read.request().toBuilder().keys(left).build());
            }
            if (ConsumedUnits.asked(r.returnConsumedCapacity())) {
                consumed.add(ConsumedUnits.of(r.returnConsumedCapacity(), read.table().name(), units));
            }
        }
        BatchGetItemResponse.Builder b = Responses.ok(BatchGetItemResponse.builder()).responses(responses)
                .unprocessedKeys(unprocessed);
        if (!consumed.isEmpty()) {
            b.consumedCapacity(consumed);
        }
        return b.build();
    }
}
