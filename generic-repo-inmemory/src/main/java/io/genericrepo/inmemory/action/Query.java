package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.expression.ConditionExpr;
import io.genericrepo.inmemory.expression.Expressions;
import io.genericrepo.inmemory.expression.KeyCondition;
import io.genericrepo.inmemory.expression.Placeholders;
import io.genericrepo.inmemory.store.Database;
import io.genericrepo.inmemory.store.IndexData;
import io.genericrepo.inmemory.store.KeyAttribute;
import io.genericrepo.inmemory.store.SortKey;
import io.genericrepo.inmemory.store.StoredItem;
import io.genericrepo.inmemory.store.Table;
import io.genericrepo.inmemory.value.Values;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Query: the items of one partition of the table or of an index, in sort key order (or reversed),
 * that match the KeyConditionExpression; then Limit, the 1 MB page, the FilterExpression and the
 * projection, as {@link Reads} describes.
 */
public final class Query {

    private final Database db;

    /** @param db the engine's tables */
    public Query(Database db) {
        this.db = db;
    }

    /** Validates and reads one page. */
    public QueryResponse apply(QueryRequest r) {
        String name = Requests.name(r.tableName(), "tableName");
        Requests.noLegacy("Query", "KeyConditions", r.hasKeyConditions());
        Requests.noLegacy("Query", "QueryFilter", r.hasQueryFilter());
        Requests.noLegacy("Query", "ConditionalOperator", r.conditionalOperator() != null);
        if (r.keyConditionExpression() == null) {
            throw Errors.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        if (r.limit() != null && r.limit() < 1) {
            throw Errors.constraint(r.limit(), "limit", "must have value greater than or equal to 1");
        }
        Placeholders p = Requests.placeholders(r.expressionAttributeNames(), r.hasExpressionAttributeNames(),
                r.expressionAttributeValues(), r.hasExpressionAttributeValues(),
                List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
                r.projectionExpression(), r.filterExpression(), r.keyConditionExpression());
        Table table = db.table(name);
        IndexData index = Scan.index(table, r.indexName(), Boolean.TRUE.equals(r.consistentRead()));
        KeyAttribute hash = index == null ? table.hash() : index.schema().hash();
        KeyAttribute range = index == null ? table.range() : index.schema().range();
        KeyCondition key = Expressions.keyCondition(r.keyConditionExpression(), p, hash.name(), hash.type().toString(),
                range == null ? null : range.name(), range == null ? null : range.type().toString());
        ConditionExpr filter = r.filterExpression() == null ? null
                : Expressions.condition(r.filterExpression(), "FilterExpression", p);
        Projector projector = Projector.of(r.projectionExpression(), r.attributesToGet(), r.hasAttributesToGet(), p);
        Requests.checkAllUsed(p);
        if (!hash.accepts(key.partitionValue())) {
            throw Errors.invalidParameter("Condition parameter type does not match schema type");
        }
        if (filter != null) {
            // DynamoDB: "A filter expression cannot contain partition key or sort key attributes"; on an
            // index query the keys are the index's (dynalite's rule, the docs name no other)
            for (KeyAttribute k : range == null ? List.of(hash) : List.of(hash, range)) {
                if (filter.attributeNames().contains(k.name())) {
                    throw Errors.validation("Filter Expression can only contain non-primary key attributes: "
                            + "Primary key attribute: " + k.name());
                }
            }
        }
        AttributeValue partition = Values.normalise(key.partitionValue());
        String select = Reads.select(r.selectAsString(), projector, index, table.keyNames());
        Map<String, AttributeValue> start = null;
        if (r.hasExclusiveStartKey()) {
            start = Reads.startKey(table, index, r.exclusiveStartKey());
            if (Values.KEY_ORDER.compare(start.get(hash.name()), partition) != 0) {
                throw Errors.validation("The provided starting key is outside query boundaries based on provided conditions");
            }
        }
        boolean forward = !Boolean.FALSE.equals(r.scanIndexForward());
        Reads reads = new Reads(table, index, select, projector, filter, r.limit());
        Reads.Page page;
        table.lock().readLock().lock();
        try {
            NavigableMap<SortKey, StoredItem> items = index == null ? table.partition(partition) : index.partition(partition);
            if (start != null) {
                SortKey at = reads.position(start);
                items = forward ? items.tailMap(at, false) : items.headMap(at, false);
            }
            page = reads.read(Reads.values(items, forward), key.sortKey(), range == null ? null : range.name());
        } finally {
            table.lock().readLock().unlock();
        }
        QueryResponse.Builder b = Responses.ok(QueryResponse.builder()).count(page.count()).scannedCount(page.scannedCount());
        if (page.items() != null) {
            b.items(page.items());
        }
        if (page.lastEvaluatedKey() != null) {
            b.lastEvaluatedKey(page.lastEvaluatedKey());
        }
        return b.consumedCapacity(ConsumedUnits.read(r.returnConsumedCapacity(), name, page.bytesRead(),
                Boolean.TRUE.equals(r.consistentRead()))).build();
    }
}
