package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.expression.Expressions;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.IndexData;
import io.genericrepo.inmemory.store.SortKey;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Scan: every item of the table or index in partition-hash order, or of one segment of a parallel
 * scan (segments are contiguous ranges of the partition key's hash, so every item is in exactly
 * one); then Limit, the 1 MB page, the FilterExpression and the projection, as {@link Reads}
 * describes.
 */
public final class Scan {

    private static final int MAX_SEGMENTS = 1_000_000;

    private final Database db;

    /** @param db the engine's tables */
    public Scan(Database db) {
        this.db = db;
    }

    /** Validates and reads one page. */
    public ScanResponse apply(ScanRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        Requests.noLegacy("Scan", "ScanFilter", r.hasScanFilter());
        Requests.noLegacy("Scan", "ConditionalOperator", r.conditionalOperator() != null);
        checkSegments(r.segment(), r.totalSegments());
        if (r.limit() != null && r.limit() < 1) {
            throw Errors.constraint(r.limit(), "limit", "must have value greater than or equal to 1");
        }
        Placeholders p = Requests.placeholders(r.expressionAttributeNames(), r.hasExpressionAttributeNames(),
                r.expressionAttributeValues(), r.hasExpressionAttributeValues(),
                List.of("ProjectionExpression", "FilterExpression"), r.projectionExpression(), r.filterExpression());
        ConditionExpr filter = r.filterExpression() == null ? null
                : Expressions.condition(r.filterExpression(), "FilterExpression", p);
        Projector projector = Projector.of(r.projectionExpression(), r.attributesToGet(), r.hasAttributesToGet(), p);
        Requests.checkAllUsed(p);
        Table table = db.table(name);
        IndexData index = index(table, r.indexName(), Boolean.TRUE.equals(r.consistentRead()));
        String select = Reads.select(r.selectAsString(), projector, index, table.keyNames());
        Map<String, AttributeValue> start = r.hasExclusiveStartKey() ? Reads.startKey(table, index, r.exclusiveStartKey()) : null;
        Reads reads = new Reads(table, index, select, projector, filter, r.limit());
        Reads.Page page;
        table.lock().readLock().lock();
        try {
            NavigableMap<SortKey, StoredItem> items = index == null ? table.all() : index.all();
            if (r.totalSegments() != null) {
                int segment = r.segment();
                int total = r.totalSegments();
                items = segment + 1 == total ? items.tailMap(Table.segmentBound(segment, total), true)
                        : items.subMap(Table.segmentBound(segment, total), true, Table.segmentBound(segment + 1, total), false);
            }
            if (start != null) {
                SortKey position = reads.position(start);
                if (r.totalSegments() != null && !Table.inSegment(position, r.segment(), r.totalSegments())) {
                    throw Errors.validation("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use"
                            + " ExclusiveStartKey with correct Segment. TotalSegments: " + r.totalSegments() + " Segment: "
                            + r.segment());
                }
                items = items.tailMap(position, false);
            }
            page = reads.read(items.values(), null, null);
        } finally {
            table.lock().readLock().unlock();
        }
        ScanResponse.Builder b = Responses.ok(ScanResponse.builder()).count(page.count()).scannedCount(page.scannedCount());
        if (page.items() != null) {
            b.items(page.items());
        }
        if (page.lastEvaluatedKey() != null) {
            b.lastEvaluatedKey(page.lastEvaluatedKey());
        }
        return b.consumedCapacity(ConsumedUnits.read(r.returnConsumedCapacity(), name, page.bytesRead(),
                Boolean.TRUE.equals(r.consistentRead()))).build();
    }

    private static void checkSegments(Integer segment, Integer total) {
        if (segment != null && segment < 0) {
            throw Errors.constraint(segment, "segment", "must have value greater than or equal to 0");
        }
        if (total != null && total < 1) {
            throw Errors.constraint(total, "totalSegments", "must have value greater than or equal to 1");
        }
        if (total != null && total > MAX_SEGMENTS) {
            throw Errors.constraint(total, "totalSegments", "must have value less than or equal to 1000000");
        }
        if (segment != null && total == null) {
            throw Errors.validation("The TotalSegments parameter is required but was not present in the request when"
                    + " Segment parameter is present");
        }
        if (total != null && segment == null) {
            throw Errors.validation("The Segment parameter is required but was not present in the request when"
                    + " parameter TotalSegments is present");
        }
        if (total != null && segment >= total) {
            throw Errors.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments:"
                    + " Segment: " + segment + " is not less than TotalSegments: " + total);
        }
    }

    /** @return the index named (null for none), refusing consistent reads on a GSI */
    static IndexData index(Table table, String indexName, boolean consistentRead) {
        if (indexName == null) {
            return null;
        }
        Requests.name(indexName, "indexName");
        IndexData index;
        table.lock().readLock().lock();
        try {
            index = table.index(indexName);
        } finally {
            table.lock().readLock().unlock();
        }
        if (index == null) {
            throw Errors.indexNotFound(table.name(), indexName);
        }
        if (consistentRead && index.schema().global()) {
            throw Errors.validation("Consistent reads are not supported on global secondary indexes");
        }
        return index;
    }
}
