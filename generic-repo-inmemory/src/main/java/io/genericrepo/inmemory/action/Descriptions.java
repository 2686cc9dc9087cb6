package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.store.IndexData;
import io.genericrepo.inmemory.store.IndexSchema;
import io.genericrepo.inmemory.store.KeyAttribute;
import io.genericrepo.inmemory.store.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The TableDescription of a table as DynamoDB returns it from CreateTable, DescribeTable,
 * UpdateTable and DeleteTable: status ACTIVE, current ItemCount and TableSizeBytes, keys,
 * attribute definitions, indexes (ACTIVE, with their counts) and billing.
 */
final class Descriptions {

    private Descriptions() {}

    static TableDescription of(Table table) {
        return of(table, TableStatus.ACTIVE);
    }

    static TableDescription of(Table table, TableStatus status) {
        table.lock().readLock().lock();
        try {
            TableDescription.Builder b = TableDescription.builder()
                    .tableName(table.name())
                    .tableStatus(status)
                    .tableArn(table.arn())
                    .tableId(Integer.toHexString(table.arn().hashCode()))
                    .creationDateTime(table.created())
                    .keySchema(keySchema(table.hash(), table.range()))
                    .attributeDefinitions(table.attributeDefinitions())
                    .itemCount((long) table.itemCount())
                    .tableSizeBytes(table.sizeBytes())
                    .provisionedThroughput(throughput(table.provisionedThroughput()));
            if (table.billingMode() == BillingMode.PAY_PER_REQUEST) {
                b.billingModeSummary(BillingModeSummary.builder().billingMode(BillingMode.PAY_PER_REQUEST)
                        .lastUpdateToPayPerRequestDateTime(table.created()).build());
            } else {
                b.billingModeSummary(BillingModeSummary.builder().billingMode(BillingMode.PROVISIONED).build());
            }
            List<GlobalSecondaryIndexDescription> gsis = new ArrayList<>();
            List<LocalSecondaryIndexDescription> lsis = new ArrayList<>();
            for (IndexData index : table.indexes()) {
                IndexSchema s = index.schema();
                String arn = table.arn() + "/index/" + s.name();
                if (s.global()) {
                    gsis.add(GlobalSecondaryIndexDescription.builder().indexName(s.name()).indexArn(arn)
                            .keySchema(keySchema(s.hash(), s.range())).projection(s.projection())
                            .indexStatus(IndexStatus.ACTIVE).itemCount((long) index.size())
                            .indexSizeBytes(index.sizeBytes()).backfilling(false)
                            .provisionedThroughput(throughput(s.provisionedThroughput())).build());
                } else {
                    lsis.add(LocalSecondaryIndexDescription.builder().indexName(s.name()).indexArn(arn)
                            .keySchema(keySchema(s.hash(), s.range())).projection(s.projection())
                            .itemCount((long) index.size()).indexSizeBytes(index.sizeBytes()).build());
                }
            }
            if (!gsis.isEmpty()) {
                b.globalSecondaryIndexes(gsis);
            }
            if (!lsis.isEmpty()) {
                b.localSecondaryIndexes(lsis);
            }
            return b.build();
        } finally {
            table.lock().readLock().unlock();
        }
    }

    static List<KeySchemaElement> keySchema(KeyAttribute hash, KeyAttribute range) {
        KeySchemaElement h = KeySchemaElement.builder().attributeName(hash.name()).keyType(KeyType.HASH).build();
        return range == null ? List.of(h)
                : List.of(h, KeySchemaElement.builder().attributeName(range.name()).keyType(KeyType.RANGE).build());
    }

    // on-demand tables and indexes report zero units, as DynamoDB does
    private static ProvisionedThroughputDescription throughput(ProvisionedThroughput t) {
        return ProvisionedThroughputDescription.builder()
                .readCapacityUnits(t == null || t.readCapacityUnits() == null ? 0L : t.readCapacityUnits())
                .writeCapacityUnits(t == null || t.writeCapacityUnits() == null ? 0L : t.writeCapacityUnits())
                .numberOfDecreasesToday(0L)
                .lastIncreaseDateTime(Instant.EPOCH)
                .build();
    }
}
