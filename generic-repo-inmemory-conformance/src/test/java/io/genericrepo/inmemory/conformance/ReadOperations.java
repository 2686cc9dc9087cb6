package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * GetItem with projections; Query on the table and on every index with each key-condition operator
 * ({@code = < <= > >= BETWEEN begins_with}), filters, Limit, both directions, Select and
 * projections, paged to the end; Scan of tables and indexes with filters, Limit, projections and
 * parallel segments.
 */
final class ReadOperations {

    private static final List<String> SORT_OPERATORS = List.of("=", "<", "<=", ">", ">=", "BETWEEN", "begins_with");

    private final Domain domain;
    private final Items items;

    ReadOperations(Domain domain) {
        this.domain = domain;
        this.items = new Items(domain);
    }

    Operation get(Schema.Table table) {
        Placeholders placeholders = new Placeholders(domain);
        GetItemRequest request = GetItemRequest.builder().tableName(table.name()).key(items.key(table))
                .consistentRead(domain.chance(0.5) ? Boolean.TRUE : null)
                .projectionExpression(domain.chance(0.4) ? projection(placeholders, Set.of(), null, table) : null)
                .expressionAttributeNames(placeholders.names())
                .build();
        return Operation.read("GetItem", request, c -> new Observed().item("Item", c.getItem(request).item()));
    }

    Operation query(Schema.Table table) {
        Schema.Index index = domain.chance(0.5) ? null : domain.pick(table.indexes());
        String hashKey = index == null ? table.hashKey() : index.hashKey();
        String rangeKey = index == null ? table.rangeKey() : index.rangeKey();
        ScalarAttributeType rangeType = index == null ? table.rangeType() : index.rangeType();
        Placeholders placeholders = new Placeholders(domain);
        String keyCondition = placeholders.name(hashKey) + " = "
                + placeholders.value(index == null || !index.global() ? domain.partition() : domain.indexKey(hashKey));
        if (domain.chance(0.7)) {
            keyCondition += " AND " + sortCondition(placeholders, rangeKey, rangeType, index == null);
        }
        String filter = domain.chance(0.4) ? new Conditions(domain, placeholders, table.rangeType()).condition(1) : null;
        Select select = select(index);
        String projection = select == null && domain.chance(0.25)
                ? projection(placeholders, index == null ? Set.of() : Set.of(index.rangeKey()), index, table) : null;
        QueryRequest request = QueryRequest.builder().tableName(table.name())
                .indexName(index == null ? null : index.name())
                .keyConditionExpression(keyCondition).filterExpression(filter).select(select)
                .projectionExpression(projection)
                .expressionAttributeNames(placeholders.names()).expressionAttributeValues(placeholders.values())
                .limit(domain.chance(0.35) ? 1 + domain.random().nextInt(4) : null)
                .scanIndexForward(domain.chance(0.5) ? null : domain.random().nextBoolean())
                .consistentRead(domain.chance(index != null && index.global() ? 0.05 : 0.3) ? Boolean.TRUE : null)
                .build();
        return Operation.read("Query" + (index == null ? "" : index.global() ? "(GSI)" : "(LSI)"), request,
                Paging.query(request, index == null ? null : index.keyAttributes()));
    }

    Operation scan(Schema.Table table) {
        Schema.Index index = domain.chance(0.8) ? null : domain.pick(table.indexes());
        Placeholders placeholders = new Placeholders(domain);
        String filter = domain.chance(0.5) ? new Conditions(domain, placeholders, table.rangeType()).condition(2) : null;
        Select select = domain.chance(0.1) ? Select.COUNT : null;
        String projection = select == null && domain.chance(0.2) ? projection(placeholders, Set.of(), index, table) : null;
        Integer segments = domain.chance(0.2) ? 1 + domain.random().nextInt(4) : null;
        ScanRequest request = ScanRequest.builder().tableName(table.name())
                .indexName(index == null ? null : index.name())
                .filterExpression(filter).select(select).projectionExpression(projection)
                .expressionAttributeNames(placeholders.names()).expressionAttributeValues(placeholders.values())
                .limit(domain.chance(0.3) ? 1 + domain.random().nextInt(5) : null)
                .totalSegments(segments).segment(segments == null ? null : 0)
                .consistentRead(domain.chance(index != null && index.global() ? 0.05 : 0.2) ? Boolean.TRUE : null)
                .build();
        return Operation.read("Scan" + (index == null ? "" : "(index)") + (segments == null ? "" : "(segments)"), request,
                Paging.scan(request, segments == null));
    }

    private String sortCondition(Placeholders placeholders, String rangeKey, ScalarAttributeType type, boolean tableKey) {
        String operator = domain.pick(SORT_OPERATORS);
        String name = placeholders.name(rangeKey);
        if (operator.equals("BETWEEN")) {
            AttributeValue low = rangeValue(rangeKey, type, tableKey);
            AttributeValue high = rangeValue(rangeKey, type, tableKey);
            if (Canonical.compare(low, high) > 0 && domain.chance(0.9)) {
                AttributeValue t = low;
                low = high;
                high = t;
            }
            return name + " BETWEEN " + placeholders.value(low) + " AND " + placeholders.value(high);
        }
        if (operator.equals("begins_with")) {
            AttributeValue prefix = type == ScalarAttributeType.S || domain.chance(0.8)
                    ? domain.s(domain.pick(List.of("a", "b", "", "c"))) : rangeValue(rangeKey, type, tableKey);
            return "begins_with(" + name + ", " + placeholders.value(prefix) + ")";
        }
        return name + " " + operator + " " + placeholders.value(rangeValue(rangeKey, type, tableKey));
    }

    private AttributeValue rangeValue(String rangeKey, ScalarAttributeType type, boolean tableKey) {
        return tableKey ? domain.sort(type) : domain.indexKey(rangeKey);
    }

    private Select select(Schema.Index index) {
        double r = domain.random().nextDouble();
        if (r < 0.12) {
            return Select.COUNT;
        }
        if (r < 0.2) {
            return index == null ? Select.ALL_ATTRIBUTES : Select.ALL_PROJECTED_ATTRIBUTES;
        }
        return r < 0.23 ? Select.ALL_ATTRIBUTES : null;
    }

    /**
     * One to three random paths, always including {@code required}; of a global secondary index,
     * only projected attributes ({@link KnownDivergences#GSI_UNPROJECTED_ATTRIBUTES}).
     */
    private String projection(Placeholders placeholders, Set<String> required, Schema.Index index, Schema.Table table) {
        Set<List<Object>> paths = new LinkedHashSet<>();
        required.forEach(r -> paths.add(List.of(r)));
        int size = 1 + domain.random().nextInt(3);
        for (int i = 0; i < size; i++) {
            Paths.Path path = domain.pick(Paths.ALL);
            if (index == null || !index.global() || index.projects(path.first(), table)) {
                paths.add(path.elements());
            }
        }
        if (paths.isEmpty()) {
            paths.add(List.of(table.hashKey()));
        }
        List<String> rendered = new ArrayList<>();
        for (List<Object> path : paths) {
            rendered.add(placeholders.path(path));
        }
        return String.join(", ", rendered);
    }
}
