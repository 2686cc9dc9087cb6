package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Requests DynamoDB refuses, one kind per case: expression syntax errors, undefined and unused
 * placeholders, bare reserved words, wrong and missing key attributes, too many IN operands,
 * overlapping or key-attribute update paths, empty sets, bad numbers, malformed values, reversed
 * BETWEEN bounds, bad attribute_type types, wrong index key types, bad Query and Scan shapes, and
 * unknown tables and indexes. Both sides must answer with the same exception class and code.
 */
final class InvalidOperations {

    private static final List<String> BAD_CONDITIONS = List.of("a = = :v", "a AND", "(a = :v", "a = :v)", "attribute_exists()",
            "no_such_function(a)", "a BETWEEN :v", "a IN ()", "size(a)", "NOT", "a = :v AND", "begins_with(a)",
            "contains(a, :v, :v)", "a <> ", "status = :v", "name = :v", "#missing = :v", "a = :missing", "a = :v OR OR a = :v",
            "attribute_type(a, :v)", "a[x] = :v", "a.[0] = :v", "attribute_exists(:v)", "size(:v) = :v", "a.b.c.d.. = :v");
    private static final List<String> BAD_UPDATES = List.of("SET a = ", "SET a :v", "REMOVE", "ADD a", "DELETE tags",
            "SET a = :v REMOVE a", "SET doc.a = :v, doc = :v", "SET lst[0] = :v REMOVE lst[0]", "SET pk = :v", "REMOVE sk",
            "ADD sk :v", "SET a = :v SET n = :v", "SET status = :v", "SET a = no_such(:v)", "SET a = size(lst)",
            "SET a = :v, a = :v", "REMOVE a, a", "SET #missing = :v", "SET a = :missing", "SET a = :v + ", "DELETE a.b :v",
            "SET a = list_append(:v)", "SET a = if_not_exists(:v, a)", "UPDATE a = :v");
    private static final List<String> BAD_NUMBERS = List.of("abc", "1e200", "-1e-200", "1.00000000000000000000000000000000000001",
            "", " 1", "1 ", "0x10", "NaN", "Infinity", "1e", "--1");

    private final Domain domain;
    private final Items items;
    private final List<Function<Schema.Table, Operation>> cases = List.of(
            this::badCondition, this::badUpdate, this::unusedPlaceholder, this::wrongKeyType, this::missingKeyAttribute,
            this::tooManyInOperands, this::emptySet, this::badNumber, this::malformedValue, this::wrongIndexKeyType,
            this::badQuery, this::badScan, this::unknownResource, this::badReturnValues, this::emptyKeyString);

    InvalidOperations(Domain domain) {
        this.domain = domain;
        this.items = new Items(domain);
    }

    Operation any(Schema.Table table) {
        return domain.pick(cases).apply(table);
    }

    private Map<String, AttributeValue> values(String... placeholders) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (String p : placeholders) {
            values.put(p, domain.s("x"));
        }
        return values;
    }

    private Operation put(String kind, PutItemRequest request, Schema.Table table) {
        return new Operation("Invalid:" + kind, request, c -> new Observed().item("Attributes", c.putItem(request).attributes()),
                List.of(new Operation.Written(table.name(), table.keyOf(request.item()))));
    }

    private Operation update(String kind, UpdateItemRequest request, Schema.Table table) {
        return new Operation("Invalid:" + kind, request, c -> new Observed().item("Attributes", c.updateItem(request).attributes()),
                List.of(new Operation.Written(table.name(), request.key())));
    }

    private Operation badCondition(Schema.Table table) {
        String condition = domain.pick(BAD_CONDITIONS);
        Map<String, AttributeValue> values = condition.contains(":v") ? values(":v") : null;
        return put("condition", PutItemRequest.builder().tableName(table.name()).item(items.item(table))
                .conditionExpression(condition).expressionAttributeValues(values).build(), table);
    }

    private Operation badUpdate(Schema.Table table) {
        String update = domain.pick(BAD_UPDATES);
        Map<String, AttributeValue> values = update.contains(":v") ? values(":v") : null;
        return update("update", UpdateItemRequest.builder().tableName(table.name()).key(items.key(table))
                .updateExpression(update).expressionAttributeValues(values).build(), table);
    }

    private Operation unusedPlaceholder(Schema.Table table) {
        Placeholders placeholders = new Placeholders(domain);
        String condition = new Conditions(domain, placeholders, table.rangeType()).condition(1);
        if (domain.chance(0.5)) {
            placeholders.unusedName();
        } else {
            placeholders.unusedValue();
        }
        return put("unused placeholder", PutItemRequest.builder().tableName(table.name()).item(items.item(table))
                .conditionExpression(condition).expressionAttributeNames(placeholders.names())
                .expressionAttributeValues(placeholders.values()).build(), table);
    }

    private Operation wrongKeyType(Schema.Table table) {
        Map<String, AttributeValue> key = items.key(table);
        String attribute = domain.chance(0.5) ? table.hashKey() : table.rangeKey();
        key.put(attribute, domain.chance(0.5) ? domain.ofType("BOOL")
                : key.get(attribute).s() != null ? domain.n("1") : domain.s("1"));
        GetItemRequest request = GetItemRequest.builder().tableName(table.name()).key(key).build();
        return Operation.read("Invalid:wrong key type", request, c -> new Observed().item("Item", c.getItem(request).item()));
    }

    private Operation missingKeyAttribute(Schema.Table table) {
        Map<String, AttributeValue> item = items.item(table);
        item.remove(domain.chance(0.5) ? table.hashKey() : table.rangeKey());
        if (domain.chance(0.5)) {
            PutItemRequest request = PutItemRequest.builder().tableName(table.name()).item(item).build();
            return Operation.read("Invalid:missing key", request, c -> new Observed().item("Attributes", c.putItem(request).attributes()));
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>(item);
        key.keySet().retainAll(table.keyAttributes());
        if (domain.chance(0.5)) {
            key.put("a", domain.s("x")); // an extra, non-key attribute in the key
        }
        GetItemRequest request = GetItemRequest.builder().tableName(table.name()).key(key).build();
        return Operation.read("Invalid:missing key", request, c -> new Observed().item("Item", c.getItem(request).item()));
    }

    private Operation tooManyInOperands(Schema.Table table) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            values.put(":v" + i, domain.n(Integer.toString(i)));
            operands.add(":v" + i);
        }
        return put("IN operands", PutItemRequest.builder().tableName(table.name()).item(items.item(table))
                .conditionExpression("n IN (" + String.join(", ", operands) + ")").expressionAttributeValues(values).build(), table);
    }

    private Operation emptySet(Schema.Table table) {
        Map<String, AttributeValue> item = items.item(table);
        item.put("tags", domain.pick(List.of(AttributeValue.fromSs(List.of()), AttributeValue.fromNs(List.of()),
                AttributeValue.fromBs(List.of()))));
        return put("empty set", PutItemRequest.builder().tableName(table.name()).item(item).build(), table);
    }

    private Operation badNumber(Schema.Table table) {
        Map<String, AttributeValue> item = items.item(table);
        item.put("n", domain.n(domain.pick(BAD_NUMBERS)));
        return put("bad number", PutItemRequest.builder().tableName(table.name()).item(item).build(), table);
    }

    private Operation malformedValue(Schema.Table table) {
        Map<String, AttributeValue> item = items.item(table);
        item.put("a", domain.chance(0.5) ? AttributeValue.builder().build() : AttributeValue.builder().s("x").n("1").build());
        return put("malformed value", PutItemRequest.builder().tableName(table.name()).item(item).build(), table);
    }

    private Operation wrongIndexKeyType(Schema.Table table) {
        Map<String, AttributeValue> item = items.item(table);
        List<String> indexKeys = new ArrayList<>(Items.indexKeys(table));
        Collections.sort(indexKeys);
        String attribute = domain.pick(indexKeys);
        item.put(attribute, domain.chance(0.5) ? domain.ofType("BOOL") : domain.ofType("SS"));
        return put("index key type", PutItemRequest.builder().tableName(table.name()).item(item).build(), table);
    }

    private Operation badQuery(Schema.Table table) {
        Map<String, AttributeValue> values = values(":v", ":w");
        QueryRequest.Builder request = QueryRequest.builder().tableName(table.name()).expressionAttributeValues(values);
        switch (domain.random().nextInt(9)) {
            case 0 -> request.keyConditionExpression("sk = :v");
            case 1 -> request.keyConditionExpression("pk = :v OR pk = :w");
            case 2 -> request.keyConditionExpression("pk = :v AND a = :w");
            case 3 -> request.keyConditionExpression("pk <> :v");
            case 4 -> request.keyConditionExpression("pk = :v").select(Select.COUNT).projectionExpression("a");
            case 5 -> request.keyConditionExpression("pk = :v").indexName("no_such_index");
            case 6 -> request.keyConditionExpression("pk = :v AND sk IN (:v, :w)");
            case 7 -> request.keyConditionExpression("pk = :v AND sk = :v AND sk = :w");
            default -> request.keyConditionExpression("pk = :v").limit(0);
        }
        QueryRequest built = request.build();
        return Operation.read("Invalid:query", built, Paging.query(built, null));
    }

    private Operation badScan(Schema.Table table) {
        ScanRequest.Builder request = ScanRequest.builder().tableName(table.name());
        switch (domain.random().nextInt(5)) {
            case 0 -> request.segment(2).totalSegments(2);
            case 1 -> request.segment(0);
            case 2 -> request.totalSegments(0).segment(0);
            case 3 -> request.expressionAttributeValues(Map.of());
            default -> request.select(Select.SPECIFIC_ATTRIBUTES);
        }
        ScanRequest built = request.build();
        return Operation.read("Invalid:scan", built, Paging.scan(built, true));
    }

    private Operation unknownResource(Schema.Table table) {
        GetItemRequest request = GetItemRequest.builder().tableName("no_such_table").key(items.key(table)).build();
        return Operation.read("Invalid:unknown table", request, c -> new Observed().item("Item", c.getItem(request).item()));
    }

    private Operation badReturnValues(Schema.Table table) {
        return put("return values", PutItemRequest.builder().tableName(table.name()).item(items.item(table))
                .returnValues(domain.pick(List.of(ReturnValue.UPDATED_NEW, ReturnValue.ALL_NEW, ReturnValue.UPDATED_OLD))).build(), table);
    }

    private Operation emptyKeyString(Schema.Table table) {
        Map<String, AttributeValue> item = items.item(table);
        item.put(table.hashKey(), domain.s(""));
        PutItemRequest request = PutItemRequest.builder().tableName(table.name()).item(item).build();
        return Operation.read("Invalid:empty key string", request, c -> new Observed().item("Attributes", c.putItem(request).attributes()));
    }
}
