package io.genericrepo.benchmarks;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * In a fresh JVM: the cost of the SDK's model classes alone, building the requests and responses of
 * the cold-start path (CreateTable, PutItem, GetItem) with no engine and no network: the floor any
 * code that answers through the SDK's interfaces pays, printed in milliseconds since main.
 */
final class ColdSdkFloor {

    private ColdSdkFloor() {}

    static void run() {
        long start = System.nanoTime();
        AttributeDefinition pk = AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build();
        AttributeDefinition sk = AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.N).build();
        KeySchemaElement hash = KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build();
        KeySchemaElement range = KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build();
        CreateTableRequest create = CreateTableRequest.builder().tableName("cold").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(pk, sk).keySchema(hash, range).build();
        CreateTableResponse created = CreateTableResponse.builder().tableDescription(TableDescription.builder()
                .tableName(create.tableName()).attributeDefinitions(create.attributeDefinitions()).keySchema(create.keySchema())
                .tableStatus(TableStatus.ACTIVE).creationDateTime(Instant.now()).itemCount(0L).tableSizeBytes(0L)
                .tableArn("arn:aws:dynamodb:local:000000000000:table/cold")
                .billingModeSummary(BillingModeSummary.builder().billingMode(BillingMode.PAY_PER_REQUEST).build()).build()).build();
        Map<String, AttributeValue> item = Workload.item(1, "x");
        PutItemRequest put = PutItemRequest.builder().tableName("cold").item(item).build();
        PutItemResponse putResponse = PutItemResponse.builder().build();
        GetItemRequest get = GetItemRequest.builder().tableName("cold").key(Workload.key(1)).build();
        GetItemResponse got = GetItemResponse.builder().item(put.item()).build();
        long elapsed = System.nanoTime() - start;
        if (created.tableDescription() == null || putResponse == null || get.key().isEmpty() || !got.hasItem()) {
            throw new IllegalStateException("the SDK objects were not built");
        }
        System.out.printf(Locale.ROOT, "%.1f%n", elapsed / 1e6);
    }
}
