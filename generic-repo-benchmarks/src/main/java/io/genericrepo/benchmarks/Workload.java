package io.genericrepo.benchmarks;

import io.genericrepo.testing.Tables;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The same operations on any client: PutItem and GetItem of small items spread over 100 partitions,
 * and a Query of one 100-item partition, through the SDK's {@link DynamoDbClient} interface.
 */
final class Workload {

    private static final int PARTITIONS = 100;

    private final DynamoDbClient client;
    private final String table;

    Workload(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        createTable(client, table);
        for (int i = 0; i < 100; i++) {
            int n = i;
            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("big"),
                    "sk", AttributeValue.fromN(Integer.toString(n)), "payload", AttributeValue.fromS("p".repeat(100)))));
        }
    }

    static void createTable(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        Tables.awaitActive(client, table); // dynalite answers CREATING and turns ACTIVE on a later tick
    }

    static Map<String, AttributeValue> key(int i) {
        return Map.of("pk", AttributeValue.fromS("user-" + (i % PARTITIONS)), "sk", AttributeValue.fromN(Integer.toString(i)));
    }

    static Map<String, AttributeValue> item(int i, String payload) {
        return Map.of("pk", AttributeValue.fromS("user-" + (i % PARTITIONS)), "sk", AttributeValue.fromN(Integer.toString(i)),
                "name", AttributeValue.fromS("name " + i), "count", AttributeValue.fromN(Integer.toString(i * 7)),
                "payload", AttributeValue.fromS(payload));
    }

    void put(int i) {
        client.putItem(b -> b.tableName(table).item(item(i % 1000, "payload of item " + i)));
    }

    void get(int i) {
        if (client.getItem(b -> b.tableName(table).key(key(i % 1000))).item().isEmpty()) {
            throw new IllegalStateException("item " + (i % 1000) + " is missing");
        }
    }

    void query(int i) {
        int count = client.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("big")))).count();
        if (count != 100) {
            throw new IllegalStateException("the query found " + count + " items, not 100");
        }
    }
}
