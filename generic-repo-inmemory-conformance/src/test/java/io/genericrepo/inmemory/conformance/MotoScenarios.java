package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Table-driven cases for moto, in order: TTL settings (DescribeTimeToLive before and after
 * UpdateTimeToLive, unknown tables) and transactions whose outcome is fixed (every action kind
 * succeeding; a cancellation whose reasons must come in action order with the old item; more than
 * 100 actions). A repeated UpdateTimeToLive is not sent (KnownDivergences.MOTO_TTL_REPEATED_UPDATE).
 */
final class MotoScenarios {

    static final String TABLE = "conf_tx";

    private MotoScenarios() {}

    static List<Operation> all() {
        List<Operation> cases = new ArrayList<>();
        cases.add(describeTtl(TABLE));
        UpdateTimeToLiveRequest enable = UpdateTimeToLiveRequest.builder().tableName(TABLE)
                .timeToLiveSpecification(TimeToLiveSpecification.builder().attributeName("exp").enabled(true).build()).build();
        cases.add(Operation.read("UpdateTimeToLive", enable, c -> {
            TimeToLiveSpecification spec = c.updateTimeToLive(enable).timeToLiveSpecification();
            return new Observed().text("spec", spec.attributeName() + " " + spec.enabled());
        }));
        cases.add(describeTtl(TABLE));
        cases.add(describeTtl("conf_missing"));
        UpdateTimeToLiveRequest missing = enable.toBuilder().tableName("conf_missing").build();
        cases.add(Operation.read("UpdateTimeToLive unknown table", missing, c -> {
            c.updateTimeToLive(missing);
            return new Observed();
        }));
        cases.add(transaction("every action kind", List.of(
                put(item("a", "1", "1")), put(item("a", "2", "2")),
                TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(key("b", "1"))
                        .updateExpression("SET n = :n").expressionAttributeValues(Map.of(":n", AttributeValue.fromN("5"))).build()).build())));
        cases.add(transaction("check, delete, update", List.of(
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(TABLE).key(key("a", "1"))
                        .conditionExpression("attribute_exists(n)").build()).build(),
                TransactWriteItem.builder().delete(Delete.builder().tableName(TABLE).key(key("a", "2")).build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(TABLE).key(key("b", "1"))
                        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                        .build()).build())));
        cases.add(transaction("cancelled: reasons in order, old item", List.of(
                put(item("b", "2", "9")),
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(TABLE).key(key("a", "1"))
                        .conditionExpression("n = :two").expressionAttributeValues(Map.of(":two", AttributeValue.fromN("2")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build(),
                TransactWriteItem.builder().delete(Delete.builder().tableName(TABLE).key(key("b", "1"))
                        .conditionExpression("attribute_exists(n)").build()).build())));
        List<TransactWriteItem> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(put(item("c", Integer.toString(i), "1")));
        }
        cases.add(transaction("101 actions", tooMany));
        return cases;
    }

    private static Operation describeTtl(String table) {
        return Operation.read("DescribeTimeToLive " + table, table, c -> {
            TimeToLiveDescription d = c.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
            return new Observed().text("ttl", d.timeToLiveStatusAsString() + " " + d.attributeName());
        });
    }

    private static Operation transaction(String name, List<TransactWriteItem> actions) {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(actions).build();
        List<Operation.Written> written = actions.stream().limit(10).map(a -> new Operation.Written(TABLE,
                a.put() != null ? Map.of("pk", a.put().item().get("pk"), "sk", a.put().item().get("sk"))
                        : a.update() != null ? a.update().key() : a.delete() != null ? a.delete().key() : a.conditionCheck().key()))
                .toList();
        return new Operation("TransactWriteItems: " + name, request, c -> {
            c.transactWriteItems(request);
            return new Observed().text("written", true);
        }, written);
    }

    private static TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(item).build()).build();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    private static Map<String, AttributeValue> item(String pk, String sk, String n) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk), "n", AttributeValue.fromN(n));
    }
}
