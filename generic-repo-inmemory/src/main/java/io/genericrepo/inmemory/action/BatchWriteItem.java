package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.SortKey;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem: 1 to 25 puts and deletes over one or more tables, no key twice (25 items of at
 * most 400 KB stay under DynamoDB's 16 MB request limit, so that limit needs no check); the whole request is validated before anything is written. Each write is atomic on its own (the
 * batch is not a transaction). Requests the fault policy skips come back in UnprocessedItems.
 */
public final class BatchWriteItem {

    private static final int MAX_REQUESTS = 25;

    private final Database db;
    private final BooleanSupplier skip;

    /**
     * @param db the engine's tables
     * @param skip says, per write request, whether to leave it unprocessed (injected faults)
     */
    public BatchWriteItem(Database db, BooleanSupplier skip) {
        this.db = db;
        this.skip = skip;
    }

    private record Write(WriteRequest request, Map<String, AttributeValue> key, StoredItem item) {}

    /** Validates everything, then writes table by table. */
    public BatchWriteItemResponse apply(BatchWriteItemRequest r) {
        if (!r.hasRequestItems()) {
            throw Errors.constraint(null, "requestItems", "must not be null");
        }
        if (r.requestItems().isEmpty()) {
            throw Errors.constraint("{}", "requestItems", "must have length greater than or equal to 1");
        }
        int total = 0;
        for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
            Requests.name(e.getKey(), "requestItems.key");
            if (e.getValue().isEmpty()) {
                throw Errors.constraint("[]", "requestItems." + e.getKey() + ".member",
                        "must have length greater than or equal to 1");
            }
            total += e.getValue().size();
        }
        if (total > MAX_REQUESTS) {
            throw Errors.validation("Too many items requested for the BatchWriteItem call");
        }
        Map<Table, List<Write>> plan = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));
        Set<List<Object>> seen = new HashSet<>();
        for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
            Table table = db.table(e.getKey());
            List<Write> writes = new ArrayList<>();
            for (WriteRequest w : e.getValue()) {
                Write write = validate(table, w);
                SortKey position = table.keyOf(write.key());
                if (!seen.add(List.of(e.getKey(), position))) {
                    throw Errors.duplicateKeys();
                }
                writes.add(write);
            }
            plan.put(table, writes);
        }
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        List<ConsumedCapacity> consumed = new ArrayList<>();
        for (Map.Entry<Table, List<Write>> e : plan.entrySet()) {
            Table table = e.getKey();
            double units = 0;
            table.lock().writeLock().lock();
            try {
                for (Write w : e.getValue()) {
                    if (skip.getAsBoolean()) {
                        unprocessed.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(w.request());
                        continue;
                    }
                    StoredItem old = w.item() != null ? table.put(w.item()) : table.delete(w.key());
                    long written = Math.max(old == null ? 0 : old.size(), w.item() == null ? 0 : w.item().size());
                    units += ConsumedUnits.writeUnits(written);
                }
            } finally {
                table.lock().writeLock().unlock();
            }
            if (ConsumedUnits.asked(r.returnConsumedCapacity())) {
                consumed.add(ConsumedUnits.of(r.returnConsumedCapacity(), table.name(), units));
            }
        }
        BatchWriteItemResponse.Builder b = Responses.ok(BatchWriteItemResponse.builder()).unprocessedItems(unprocessed);
        if (!consumed.isEmpty()) {
            b.consumedCapacity(consumed);
        }
        return b.build();
    }

    private static Write validate(Table table, WriteRequest w) {
        boolean put = w.putRequest() != null;
        boolean delete = w.deleteRequest() != null;
        if (put == delete) {
            throw Errors.invalidParameter("A WriteRequest must contain exactly one of PutRequest or DeleteRequest");
        }
        if (put) {
            if (!w.putRequest().hasItem()) {
                throw Errors.constraint(null, "requestItems.member.putRequest.item", "must not be null");
            }
            StoredItem item = Requests.item(table, w.putRequest().item());
            return new Write(w, Requests.keyOf(item.item(), table.keyNames()), item);
        }
        return new Write(w, Requests.key(table, w.deleteRequest().key(), w.deleteRequest().hasKey()), null);
    }
}
