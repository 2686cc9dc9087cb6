package io.genericrepo.inmemory.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The two tables every differential run creates on both sides: composite keys with an N and an S
 * sort key, each with GSIs (own sort key; KEYS_ONLY, INCLUDE, ALL projections) and an LSI. Index
 * key attributes are drawn from small domains so that sparse indexes, ties and paging all happen.
 */
record Schema(List<Table> tables) {

    /** One secondary index: its key attributes and projection. */
    record Index(String name, boolean global, String hashKey, String rangeKey, ScalarAttributeType rangeType,
                 ProjectionType projection, List<String> included) {

        List<String> keyAttributes() {
            return List.of(hashKey, rangeKey);
        }

        /** @return whether a query of this index may ask for the top-level attribute */
        boolean projects(String attribute, Table table) {
            return projection == ProjectionType.ALL || keyAttributes().contains(attribute)
                    || table.keyAttributes().contains(attribute) || included.contains(attribute);
        }
    }

    /** One table: key attributes and indexes. */
    record Table(String name, String hashKey, String rangeKey, ScalarAttributeType rangeType, List<Index> indexes) {

        Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
            return Map.of(hashKey, item.get(hashKey), rangeKey, item.get(rangeKey));
        }

        List<String> keyAttributes() {
            return List.of(hashKey, rangeKey);
        }

        CreateTableRequest createRequest() {
            List<AttributeDefinition> definitions = new ArrayList<>();
            definitions.add(definition(hashKey, ScalarAttributeType.S));
            definitions.add(definition(rangeKey, rangeType));
            List<GlobalSecondaryIndex> globals = new ArrayList<>();
            List<LocalSecondaryIndex> locals = new ArrayList<>();
            for (Index index : indexes) {
                for (AttributeDefinition d : List.of(definition(index.hashKey, ScalarAttributeType.S),
                        definition(index.rangeKey, index.rangeType))) {
                    if (definitions.stream().noneMatch(e -> e.attributeName().equals(d.attributeName()))) {
                        definitions.add(d);
                    }
                }
                List<KeySchemaElement> keys = List.of(key(index.hashKey, KeyType.HASH), key(index.rangeKey, KeyType.RANGE));
                Projection projection = Projection.builder().projectionType(index.projection)
                        .nonKeyAttributes(index.included.isEmpty() ? null : index.included).build();
                if (index.global) {
                    globals.add(GlobalSecondaryIndex.builder().indexName(index.name).keySchema(keys).projection(projection).build());
                } else {
                    locals.add(LocalSecondaryIndex.builder().indexName(index.name).keySchema(keys).projection(projection).build());
                }
            }
            return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(definitions)
                    .keySchema(key(hashKey, KeyType.HASH), key(rangeKey, KeyType.RANGE))
                    .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
                    .localSecondaryIndexes(locals.isEmpty() ? null : locals)
                    .build();
        }
    }

    static Schema standard() {
        Table numbers = new Table("conf_num", "pk", "sk", ScalarAttributeType.N, List.of(
                new Index("gsi_all", true, "gp", "gs", ScalarAttributeType.N, ProjectionType.ALL, List.of()),
                new Index("gsi_keys", true, "gp", "ls", ScalarAttributeType.S, ProjectionType.KEYS_ONLY, List.of()),
                new Index("lsi_inc", false, "pk", "ls", ScalarAttributeType.S, ProjectionType.INCLUDE, List.of("a", "tags"))));
        Table strings = new Table("conf_str", "pk", "sk", ScalarAttributeType.S, List.of(
                new Index("gsi_inc", true, "status", "gs", ScalarAttributeType.N, ProjectionType.INCLUDE, List.of("n", "a.b")),
                new Index("lsi_all", false, "pk", "gs", ScalarAttributeType.N, ProjectionType.ALL, List.of())));
        return new Schema(List.of(numbers, strings));
    }

    private static AttributeDefinition definition(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
