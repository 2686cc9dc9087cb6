package io.genericrepo.internal.table;

import io.genericrepo.GenericRepoException;
import io.genericrepo.IndexMetadata;
import io.genericrepo.KeyAttribute;
import io.genericrepo.TableMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Turns a table's metadata into a CreateTable request (keys, every index projecting all
 * attributes, on-demand billing) and checks that an existing table fits the record. Internal.
 */
public final class TableDefinitions {

    private TableDefinitions() {}

    /**
     * @param table the metadata
     * @param tableName the name to create
     * @return the request
     */
    public static CreateTableRequest createTableRequest(TableMetadata table, String tableName) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        define(definitions, table.partitionKey());
        define(definitions, table.sortKey());
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexMetadata index : table.indexes()) {
            define(definitions, index.partitionKey());
            define(definitions, index.sortKey());
            List<KeySchemaElement> keys = keySchema(index.partitionKey(), index.sortKey());
            Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
            if (index.global()) {
                globals.add(GlobalSecondaryIndex.builder().indexName(index.name()).keySchema(keys).projection(all).build());
            } else {
                locals.add(LocalSecondaryIndex.builder().indexName(index.name()).keySchema(keys).projection(all).build());
            }
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(definitions.values())
                .keySchema(keySchema(table.partitionKey(), table.sortKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        return request.build();
    }

    /**
     * Checks that an existing table has the record's key and indexes.
     *
     * @param table the metadata
     * @param existing the table as described by DynamoDB
     * @throws GenericRepoException saying what differs
     */
    public static void checkCompatible(TableMetadata table, TableDescription existing) {
        Map<String, String> types = existing.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString));
        String expectedKey = describe(keySchema(table.partitionKey(), table.sortKey()), definitionsOf(table));
        String actualKey = describe(existing.keySchema(), types);
        List<String> problems = new ArrayList<>();
        if (!expectedKey.equals(actualKey)) {
            problems.add("its key is (" + actualKey + ") but " + table.recordName() + " declares (" + expectedKey + ")");
        }
        Set<String> present = new TreeSet<>();
        existing.globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).forEach(present::add);
        existing.localSecondaryIndexes().stream().map(LocalSecondaryIndexDescription::indexName).forEach(present::add);
        Set<String> missing = table.indexes().stream().map(IndexMetadata::name)
                .filter(name -> !present.contains(name)).collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            problems.add("it lacks the indexes " + missing + " that " + table.recordName() + " declares");
        }
        if (!problems.isEmpty()) {
            throw new GenericRepoException("Table " + existing.tableName() + " exists but does not fit record "
                    + table.recordName() + ": " + String.join("; ", problems)
                    + ". Use another table name, or migrate the table.");
        }
    }

    private static Map<String, String> definitionsOf(TableMetadata table) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        define(definitions, table.partitionKey());
        define(definitions, table.sortKey());
        return definitions.values().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString));
    }

    private static String describe(List<KeySchemaElement> keys, Map<String, String> types) {
        return keys.stream().map(k -> k.attributeName() + " " + types.get(k.attributeName()) + " " + k.keyTypeAsString())
                .collect(Collectors.joining(", "));
    }

    private static void define(Map<String, AttributeDefinition> definitions, KeyAttribute key) {
        if (key != null) {
            definitions.putIfAbsent(key.name(), AttributeDefinition.builder()
                    .attributeName(key.name()).attributeType(key.type()).build());
        }
    }

    private static List<KeySchemaElement> keySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {
        List<KeySchemaElement> keys = new ArrayList<>(2);
        keys.add(KeySchemaElement.builder().attributeName(partitionKey.name()).keyType(KeyType.HASH).build());
        if (sortKey != null) {
            keys.add(KeySchemaElement.builder().attributeName(sortKey.name()).keyType(KeyType.RANGE).build());
        }
        return keys;
    }
}
