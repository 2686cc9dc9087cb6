package io.genericrepo.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class TablesTest extends EngineTestSupport {

    private static final Projection ALL = Projection.builder().projectionType(ProjectionType.ALL).build();
    private static final Projection KEYS = Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build();

    private CreateTableRequest.Builder ordersWithIndexes() {
        return CreateTableRequest.builder().tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hash("customer"), range("order"))
                .attributeDefinitions(def("customer", ScalarAttributeType.S), def("order", ScalarAttributeType.S),
                        def("status", ScalarAttributeType.S), def("total", ScalarAttributeType.N))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("status-index")
                        .keySchema(hash("status"), range("total")).projection(KEYS).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-total")
                        .keySchema(hash("customer"), range("total"))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("note").build()).build());
    }

    @Test
    void createdTableIsDescribedActiveWithKeysIndexesBillingAndCounts() {
        TableDescription created = client.createTable(ordersWithIndexes().build()).tableDescription();
        assertEquals(TableStatus.ACTIVE, created.tableStatus());
        client.putItem(b -> b.tableName("orders").item(item("customer", "c1", "order", "o1", "status", "NEW", "total", 5)));
        client.putItem(b -> b.tableName("orders").item(item("customer", "c1", "order", "o2")));

        TableDescription t = client.describeTable(b -> b.tableName("orders")).table();
        assertEquals("orders", t.tableName());
        assertEquals(TableStatus.ACTIVE, t.tableStatus());
        assertEquals(2L, t.itemCount());
        assertTrue(t.tableSizeBytes() > 0);
        assertEquals(List.of(hash("customer"), range("order")), t.keySchema());
        assertEquals(4, t.attributeDefinitions().size());
        assertEquals(BillingMode.PAY_PER_REQUEST, t.billingModeSummary().billingMode());
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/orders", t.tableArn());
        assertNotNull(t.creationDateTime());
        GlobalSecondaryIndexDescription gsi = t.globalSecondaryIndexes().get(0);
        assertEquals("status-index", gsi.indexName());
        assertEquals(IndexStatus.ACTIVE, gsi.indexStatus());
        assertEquals(1L, gsi.itemCount(), "the item without status is not in the sparse index");
        assertEquals(ProjectionType.KEYS_ONLY, gsi.projection().projectionType());
        assertEquals(KeyType.RANGE, gsi.keySchema().get(1).keyType());
        assertEquals("by-total", t.localSecondaryIndexes().get(0).indexName());
        assertEquals(List.of("note"), t.localSecondaryIndexes().get(0).projection().nonKeyAttributes());
        assertEquals(1L, t.localSecondaryIndexes().get(0).itemCount());
    }

    @Test
    void provisionedTableReportsItsThroughput() {
        client.createTable(b -> b.tableName("prov").keySchema(hash("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S))
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(7L).build()));
        TableDescription t = client.describeTable(b -> b.tableName("prov")).table();
        assertEquals(BillingMode.PROVISIONED, t.billingModeSummary().billingMode());
        assertEquals(5L, t.provisionedThroughput().readCapacityUnits());
        assertEquals(7L, t.provisionedThroughput().writeCapacityUnits());
    }

    @Test
    void existingTableIsInUse() {
        createHashTable("things");
        assertError(ResourceInUseException.class, "ResourceInUseException", "Table already exists: things",
                () -> createHashTable("things"));
    }

    @Test
    void missingTableIsNamedByTableActionsAndNotByItemActions() {
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: Table: nope not found", () -> client.describeTable(b -> b.tableName("nope")));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: Table: nope not found", () -> client.deleteTable(b -> b.tableName("nope")));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> client.getItem(b -> b.tableName("nope").key(item("pk", "a"))));
    }

    @Test
    void tableNamesAreCheckedForLengthAndCharacters() {
        assertValidation("1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 3", () -> createHashTable("ab"));
        assertValidation("1 validation error detected: Value 'a b c' at 'tableName' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+", () -> createHashTable("a b c"));
        assertValidation("1 validation error detected: Value '" + "x".repeat(256) + "' at 'tableName' failed to satisfy"
                + " constraint: Member must have length less than or equal to 255", () -> createHashTable("x".repeat(256)));
    }

    @Test
    void keySchemaIsCheckedAsDynamoDbChecksIt() {
        assertValidation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
                () -> client.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(range("a"), hash("b"))
                        .attributeDefinitions(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S))));
        assertValidation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type",
                () -> client.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hash("a"), hash("b"))
                        .attributeDefinitions(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S))));
        assertValidation("Both the Hash Key and the Range Key element in the KeySchema have the same name",
                () -> client.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hash("a"), range("a"))
                        .attributeDefinitions(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S))));
        assertValidation("One or more parameter values were invalid: Some index key attributes are not defined in"
                + " AttributeDefinitions. Keys: [a], AttributeDefinitions: [b]",
                () -> client.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hash("a")).attributeDefinitions(def("b", ScalarAttributeType.S))));
        assertValidation("One or more parameter values were invalid: Number of attributes in KeySchema does not"
                + " exactly match number of attributes defined in AttributeDefinitions",
                () -> client.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hash("a"))
                        .attributeDefinitions(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S))));
        assertValidation("1 validation error detected: Value 'BOOL' at 'attributeDefinitions.member.attributeType'"
                + " failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]",
                () -> client.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hash("a")).attributeDefinitions(AttributeDefinition.builder().attributeName("a").attributeType("BOOL").build())));
    }

    @Test
    void billingModeNeedsThroughputExactlyWhenProvisioned() {
        assertValidation("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both"
                + " be specified when BillingMode is PROVISIONED",
                () -> client.createTable(b -> b.tableName("bad").keySchema(hash("a"))
                        .attributeDefinitions(def("a", ScalarAttributeType.S))));
        assertValidation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits"
                + " can be specified when BillingMode is PAY_PER_REQUEST",
                () -> client.createTable(b -> b.tableName("bad").keySchema(hash("a"))
                        .attributeDefinitions(def("a", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST)
                        .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))));
    }

    @Test
    void localIndexesShareTheHashKeyAndNeedATableSortKey() {
        assertValidation("One or more parameter values were invalid: Index KeySchema does not have the same leading hash"
                + " key as table KeySchema for index: lsi. index hash key: status, table hash key: customer",
                () -> client.createTable(ordersWithIndexes().globalSecondaryIndexes((List<GlobalSecondaryIndex>) null)
                        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi")
                                .keySchema(hash("status"), range("total")).projection(ALL).build()).build()));
        assertValidation("One or more parameter values were invalid: Table KeySchema does not have a range key, which is"
                + " required when specifying a LocalSecondaryIndex",
                () -> client.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hash("a"))
                        .attributeDefinitions(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S))
                        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi")
                                .keySchema(hash("a"), range("b")).projection(ALL).build())));
    }

    @Test
    void indexCountsAndProjectionsAreLimited() {
        List<LocalSecondaryIndex> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(LocalSecondaryIndex.builder().indexName("lsi" + i).keySchema(hash("customer"), range("total"))
                    .projection(ALL).build());
        }
        assertValidation("One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table"
                + " limit of 5", () -> client.createTable(ordersWithIndexes().localSecondaryIndexes(six).build()));
        List<GlobalSecondaryIndex> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(GlobalSecondaryIndex.builder().indexName("gsi" + i).keySchema(hash("status")).projection(ALL).build());
        }
        assertValidation("One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table"
                + " limit of 20", () -> client.createTable(ordersWithIndexes().globalSecondaryIndexes(many).build()));
        assertValidation("One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but NonKeyAttributes"
                + " is specified", () -> client.createTable(ordersWithIndexes().globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName("gsi").keySchema(hash("status"))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY).nonKeyAttributes("x")).build())
                .build()));
        assertValidation("One or more parameter values were invalid: Duplicate index name: same",
                () -> client.createTable(ordersWithIndexes().globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName("same").keySchema(hash("status")).projection(ALL).build(),
                        GlobalSecondaryIndex.builder().indexName("same").keySchema(hash("total")).projection(ALL).build())
                        .build()));
    }

    @Test
    void listTablesPagesInNameOrder() {
        for (String name : List.of("ccc", "aaa", "bbb", "ddd")) {
            createHashTable(name);
        }
        ListTablesResponse first = client.listTables(b -> b.limit(3));
        assertEquals(List.of("aaa", "bbb", "ccc"), first.tableNames());
        assertEquals("ccc", first.lastEvaluatedTableName());
        ListTablesResponse second = client.listTables(b -> b.exclusiveStartTableName("ccc").limit(3));
        assertEquals(List.of("ddd"), second.tableNames());
        assertNull(second.lastEvaluatedTableName());
        assertEquals(List.of("aaa", "bbb", "ccc", "ddd"), client.listTablesPaginator(b -> b.limit(1)).tableNames()
                .stream().toList());
    }

    @Test
    void deletedTableIsGone() {
        createHashTable("gone");
        assertEquals(TableStatus.DELETING, client.deleteTable(b -> b.tableName("gone")).tableDescription().tableStatus());
        assertFalse(client.listTables().tableNames().contains("gone"));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> client.putItem(b -> b.tableName("gone").item(item("pk", "a"))));
    }

    @Test
    void updateTableAddsABackfilledGsiAndDeletesIt() {
        createCompositeTable("items");
        client.putItem(b -> b.tableName("items").item(item("pk", "a", "sk", 1, "colour", "red")));
        client.putItem(b -> b.tableName("items").item(item("pk", "b", "sk", 1, "colour", "blue")));
        client.putItem(b -> b.tableName("items").item(item("pk", "c", "sk", 1)));
        client.updateTable(b -> b.tableName("items").attributeDefinitions(def("colour", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("by-colour")
                        .keySchema(hash("colour")).projection(ALL)).build()));
        GlobalSecondaryIndexDescription gsi = client.describeTable(b -> b.tableName("items")).table()
                .globalSecondaryIndexes().get(0);
        assertEquals(2L, gsi.itemCount());
        assertEquals(IndexStatus.ACTIVE, gsi.indexStatus());
        assertEquals(2, client.scan(b -> b.tableName("items").indexName("by-colour")).count());

        client.updateTable(b -> b.tableName("items").globalSecondaryIndexUpdates(
                GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("by-colour")).build()));
        assertFalse(client.describeTable(b -> b.tableName("items")).table().hasGlobalSecondaryIndexes());
        assertValidation("The table does not have the specified index: by-colour",
                () -> client.scan(b -> b.tableName("items").indexName("by-colour")));
    }

    @Test
    void timeToLiveIsEnabledDescribedAndDisabled() {
        createHashTable("ttl");
        assertEquals(TimeToLiveStatus.DISABLED,
                client.describeTimeToLive(b -> b.tableName("ttl")).timeToLiveDescription().timeToLiveStatus());
        client.updateTimeToLive(b -> b.tableName("ttl").timeToLiveSpecification(s -> s.enabled(true).attributeName("exp")));
        var d = client.describeTimeToLive(b -> b.tableName("ttl")).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, d.timeToLiveStatus());
        assertEquals("exp", d.attributeName());
        assertValidation("TimeToLive is already enabled", () -> client.updateTimeToLive(b -> b.tableName("ttl")
                .timeToLiveSpecification(s -> s.enabled(true).attributeName("exp"))));
        client.updateTimeToLive(b -> b.tableName("ttl").timeToLiveSpecification(s -> s.enabled(false).attributeName("exp")));
        assertEquals(TimeToLiveStatus.DISABLED,
                client.describeTimeToLive(b -> b.tableName("ttl")).timeToLiveDescription().timeToLiveStatus());
    }

    @Test
    void waiterSeesTheTableExist() {
        createHashTable("waited");
        assertTrue(client.waiter().waitUntilTableExists(b -> b.tableName("waited")).matched().response().isPresent());
    }

    @Test
    void streamsAreRefusedByNameNotIgnored() {
        UnsupportedOperationException e = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> client.createTable(b -> b.tableName("streamed").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(hash("pk")).attributeDefinitions(def("pk", ScalarAttributeType.S))
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_IMAGE"))));
        assertTrue(e.getMessage().contains("StreamSpecification"), e.getMessage());
        assertFalse(client.listTables().tableNames().contains("streamed"));
    }

    @Test
    void aProvisionedTableNeedsThroughputOnEachGsi() {
        assertValidation("One or more parameter values were invalid: ProvisionedThroughput must be specified for index: gsi",
                () -> client.createTable(b -> b.tableName("prov").keySchema(hash("pk"))
                        .attributeDefinitions(def("pk", ScalarAttributeType.S), def("g", ScalarAttributeType.S))
                        .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))
                        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi").keySchema(hash("g"))
                                .projection(ALL).build())));
        client.createTable(b -> b.tableName("prov").keySchema(hash("pk"))
                .attributeDefinitions(def("pk", ScalarAttributeType.S), def("g", ScalarAttributeType.S))
                .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi").keySchema(hash("g")).projection(ALL)
                        .provisionedThroughput(p -> p.readCapacityUnits(3L).writeCapacityUnits(4L)).build()));
        assertEquals(3L, client.describeTable(b -> b.tableName("prov")).table().globalSecondaryIndexes().get(0)
                .provisionedThroughput().readCapacityUnits());
    }
}
