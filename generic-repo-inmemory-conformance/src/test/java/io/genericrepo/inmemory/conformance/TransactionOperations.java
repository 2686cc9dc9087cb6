package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Random TransactWriteItems (Put, Update, Delete and ConditionCheck, with and without conditions
 * and ReturnValuesOnConditionCheckFailure, sometimes one item twice), TransactGetItems, and single
 * writes whose failed condition returns the old item, over six keys of one table, for the moto
 * comparison. Conditions are simple ones moto evaluates as DynamoDB does.
 */
final class TransactionOperations {

    static final Schema SCHEMA = new Schema(List.of(new Schema.Table("conf_tx", "pk", "sk",
            ScalarAttributeType.S, List.of())));
    private static final String TABLE = "conf_tx";

    private final Domain domain;

    TransactionOperations(Domain domain) {
        this.domain = domain;
    }

    Operation next() {
        int r = domain.random().nextInt(10);
        return r < 5 ? write() : r < 7 ? get() : single();
    }

    private Map<String, AttributeValue> key() {
        return new LinkedHashMap<>(Map.of("pk", domain.s(domain.pick(List.of("a", "b"))),
                "sk", domain.s(domain.pick(List.of("1", "2", "3")))));
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key);
        item.put("n", domain.n(Integer.toString(domain.random().nextInt(3))));
        if (domain.chance(0.5)) {
            item.put("a", domain.s(domain.pick(List.of("x", "y"))));
        }
        return item;
    }

    /** A condition and its values: simple comparisons and existence checks on n. */
    private String condition(Map<String, AttributeValue> values) {
        return switch (domain.random().nextInt(4)) {
            case 0 -> "attribute_exists(n)";
            case 1 -> "attribute_not_exists(pk)";
            case 2 -> {
                values.put(":c", domain.n(Integer.toString(domain.random().nextInt(3))));
                yield "n = :c";
            }
            default -> {
                values.put(":c", domain.n("1"));
                yield "n >= :c";
            }
        };
    }

    private ReturnValuesOnConditionCheckFailure returnOld() {
        return domain.chance(0.5) ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;
    }

    Operation write() {
        List<TransactWriteItem> actions = new ArrayList<>();
        List<Operation.Written> written = new ArrayList<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        int size = 1 + domain.random().nextInt(4);
        for (int i = 0; i < size; i++) {
            Map<String, AttributeValue> key = key();
            if (keys.contains(key) && domain.chance(0.8)) {
                continue; // sometimes one item twice, which DynamoDB refuses
            }
            keys.add(key);
            written.add(new Operation.Written(TABLE, key));
            actions.add(action(key));
        }
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(actions).build();
        return new Operation("TransactWriteItems", request, c -> {
            c.transactWriteItems(request);
            return new Observed().text("written", true);
        }, written);
    }

    private TransactWriteItem action(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        boolean conditional = domain.chance(0.5);
        String condition = conditional ? condition(values) : null;
        Map<String, AttributeValue> conditionValues = values.isEmpty() ? null : values;
        return switch (domain.random().nextInt(4)) {
            case 0 -> TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(item(key))
                    .conditionExpression(condition).expressionAttributeValues(conditionValues)
                    .returnValuesOnConditionCheckFailure(returnOld()).build()).build();
            case 1 -> {
                values.put(":one", domain.n("1"));
                yield TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(key)
                        .updateExpression(domain.chance(0.5) ? "ADD n :one" : "SET n = if_not_exists(n, :one) + :one")
                        .conditionExpression(condition).expressionAttributeValues(values)
                        .returnValuesOnConditionCheckFailure(returnOld()).build()).build();
            }
            case 2 -> TransactWriteItem.builder().delete(Delete.builder().tableName(TABLE).key(key)
                    .conditionExpression(condition).expressionAttributeValues(conditionValues)
                    .returnValuesOnConditionCheckFailure(returnOld()).build()).build();
            default -> {
                Map<String, AttributeValue> checkValues = new LinkedHashMap<>();
                String check = condition(checkValues);
                yield TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(TABLE).key(key)
                        .conditionExpression(check).expressionAttributeValues(checkValues.isEmpty() ? null : checkValues)
                        .returnValuesOnConditionCheckFailure(returnOld()).build()).build();
            }
        };
    }

    Operation get() {
        List<TransactGetItem> gets = new ArrayList<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        int size = 1 + domain.random().nextInt(4);
        for (int i = 0; i < size; i++) {
            Map<String, AttributeValue> key = key();
            if (!keys.contains(key)) {
                keys.add(key);
                gets.add(TransactGetItem.builder().get(Get.builder().tableName(TABLE).key(key)
                        .projectionExpression(domain.chance(0.3) ? "pk, n" : null).build()).build());
            }
        }
        TransactGetItemsRequest request = TransactGetItemsRequest.builder().transactItems(gets).build();
        return Operation.read("TransactGetItems", request, c -> {
            Observed observed = new Observed();
            List<ItemResponse> responses = c.transactGetItems(request).responses();
            for (int i = 0; i < responses.size(); i++) {
                observed.item("response" + i, responses.get(i).item());
            }
            return observed.text("responses", responses.size());
        });
    }

    /** A single write under a condition, asking for the old item when the condition fails. */
    Operation single() {
        Map<String, AttributeValue> key = key();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        String condition = condition(values);
        Map<String, AttributeValue> conditionValues = values.isEmpty() ? null : values;
        Object request;
        Function<DynamoDbClient, Observed> call;
        switch (domain.random().nextInt(3)) {
            case 0 -> {
                PutItemRequest put = PutItemRequest.builder().tableName(TABLE).item(item(key)).conditionExpression(condition)
                        .expressionAttributeValues(conditionValues).returnValuesOnConditionCheckFailure(returnOld()).build();
                request = put;
                call = c -> new Observed().item("Attributes", c.putItem(put).attributes());
            }
            case 1 -> {
                values.put(":one", domain.n("1"));
                UpdateItemRequest update = UpdateItemRequest.builder().tableName(TABLE).key(key).updateExpression("ADD n :one")
                        .conditionExpression(condition).expressionAttributeValues(values)
                        .returnValuesOnConditionCheckFailure(returnOld()).build();
                request = update;
                call = c -> new Observed().item("Attributes", c.updateItem(update).attributes());
            }
            default -> {
                DeleteItemRequest delete = DeleteItemRequest.builder().tableName(TABLE).key(key).conditionExpression(condition)
                        .expressionAttributeValues(conditionValues).returnValuesOnConditionCheckFailure(returnOld()).build();
                request = delete;
                call = c -> new Observed().item("Attributes", c.deleteItem(delete).attributes());
            }
        }
        return new Operation("single write, ReturnValuesOnConditionCheckFailure", request, call,
                List.of(new Operation.Written(TABLE, key)));
    }
}
