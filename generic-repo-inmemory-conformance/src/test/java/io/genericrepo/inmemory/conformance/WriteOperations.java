package io.genericrepo.inmemory.conformance;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * PutItem, DeleteItem and UpdateItem, each with or without a ConditionExpression and with a
 * random ReturnValues; the written key is read back on both sides afterwards.
 */
final class WriteOperations {

    private final Domain domain;
    private final Items items;

    WriteOperations(Domain domain) {
        this.domain = domain;
        this.items = new Items(domain);
    }

    Operation put(Schema.Table table) {
        Map<String, AttributeValue> item = items.item(table);
        Placeholders placeholders = new Placeholders(domain);
        String condition = condition(table, placeholders);
        PutItemRequest request = PutItemRequest.builder().tableName(table.name()).item(item)
                .conditionExpression(condition)
                .expressionAttributeNames(placeholders.names()).expressionAttributeValues(placeholders.values())
                .returnValues(domain.chance(0.5) ? ReturnValue.ALL_OLD : domain.chance(0.5) ? ReturnValue.NONE : null)
                .build();
        return new Operation("PutItem" + (condition == null ? "" : "+condition"), request,
                c -> new Observed().item("Attributes", c.putItem(request).attributes()),
                List.of(new Operation.Written(table.name(), table.keyOf(item))));
    }

    Operation delete(Schema.Table table) {
        Map<String, AttributeValue> key = items.key(table);
        Placeholders placeholders = new Placeholders(domain);
        String condition = condition(table, placeholders);
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(table.name()).key(key)
                .conditionExpression(condition)
                .expressionAttributeNames(placeholders.names()).expressionAttributeValues(placeholders.values())
                .returnValues(domain.chance(0.5) ? ReturnValue.ALL_OLD : null)
                .build();
        return new Operation("DeleteItem" + (condition == null ? "" : "+condition"), request,
                c -> new Observed().item("Attributes", c.deleteItem(request).attributes()),
                List.of(new Operation.Written(table.name(), key)));
    }

    Operation update(Schema.Table table) {
        Map<String, AttributeValue> key = items.key(table);
        Placeholders placeholders = new Placeholders(domain);
        String update = new Updates(domain, placeholders, Items.indexKeys(table)).expression();
        String condition = condition(table, placeholders);
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(table.name()).key(key)
                .updateExpression(update)
                .conditionExpression(condition)
                .expressionAttributeNames(placeholders.names()).expressionAttributeValues(placeholders.values())
                .returnValues(domain.chance(0.8) ? domain.pick(List.of(ReturnValue.NONE, ReturnValue.ALL_OLD,
                        ReturnValue.UPDATED_OLD, ReturnValue.ALL_NEW, ReturnValue.UPDATED_NEW)) : null)
                .build();
        return new Operation("UpdateItem" + (condition == null ? "" : "+condition"), request,
                c -> new Observed().item("Attributes", c.updateItem(request).attributes()),
                List.of(new Operation.Written(table.name(), key)));
    }

    private String condition(Schema.Table table, Placeholders placeholders) {
        return domain.chance(0.6) ? new Conditions(domain, placeholders, table.rangeType()).condition(2) : null;
    }
}
