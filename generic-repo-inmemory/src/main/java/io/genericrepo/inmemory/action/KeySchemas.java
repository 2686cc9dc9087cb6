package io.genericrepo.inmemory.action;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.store.IndexSchema;
import io.genericrepo.inmemory.store.KeyAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Key schemas and index definitions of CreateTable and UpdateTable, checked as DynamoDB checks
 * them: HASH first, at most one RANGE, distinct names, every key attribute defined; projections
 * KEYS_ONLY, INCLUDE (with NonKeyAttributes) or ALL.
 */
final class KeySchemas {

    private KeySchemas() {}

    /** @return the partition key then (if any) the sort key, checked against the definitions */
    static KeyAttribute[] keys(List<KeySchemaElement> schema, boolean given, String field,
            Map<String, ScalarAttributeType> definitions) {
        if (!given || schema.isEmpty()) {
            throw given ? Errors.constraint("[]", field, "must have length greater than or equal to 1")
                    : Errors.constraint(null, field, "must not be null");
        }
        // loops rather than streams here and on the first PutItem/GetItem: no lambdas to spin at start-up
        List<String> names = new ArrayList<>(schema.size());
        boolean undefined = false;
        for (KeySchemaElement element : schema) {
            names.add(element.attributeName());
            undefined |= !definitions.containsKey(element.attributeName());
        }
        if (schema.size() > 2) {
            throw Errors.constraint(names, field, "must have length less than or equal to 2");
        }
        if (names.size() > definitions.size()) {
            throw Errors.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        if (undefined) {
            throw Errors.invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + names + ", AttributeDefinitions: " + List.copyOf(definitions.keySet()));
        }
        if (names.size() == 2 && names.get(0).equals(names.get(1))) {
            throw Errors.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (schema.get(0).keyType() != KeyType.HASH) {
            throw Errors.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (schema.size() == 2 && schema.get(1).keyType() != KeyType.RANGE) {
            throw Errors.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        KeyAttribute hash = new KeyAttribute(names.get(0), definitions.get(names.get(0)));
        KeyAttribute range = names.size() == 2 ? new KeyAttribute(names.get(1), definitions.get(names.get(1))) : null;
        return new KeyAttribute[] {hash, range};
    }

    /** A GSI or LSI definition, its keys and projection checked. */
    static IndexSchema index(String name, boolean global, List<KeySchemaElement> schema, boolean schemaGiven,
            Projection projection, ProvisionedThroughput throughput, Map<String, ScalarAttributeType> definitions) {
        Requests.name(name, "indexName");
        KeyAttribute[] keys = keys(schema, schemaGiven, "keySchema", definitions);
        if (projection == null || projection.projectionType() == null) {
            throw Errors.invalidParameter("Unknown ProjectionType: null");
        }
        ProjectionType type = projection.projectionType();
        if (type == ProjectionType.UNKNOWN_TO_SDK_VERSION) {
            throw Errors.invalidParameter("Unknown ProjectionType: " + projection.projectionTypeAsString());
        }
        if (projection.hasNonKeyAttributes() && type != ProjectionType.INCLUDE) {
            throw Errors.invalidParameter("ProjectionType is " + type + ", but NonKeyAttributes is specified");
        }
        if (type == ProjectionType.INCLUDE && (!projection.hasNonKeyAttributes() || projection.nonKeyAttributes().isEmpty())) {
            throw Errors.invalidParameter("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        return new IndexSchema(name, global, keys[0], keys[1], projection, throughput);
    }

    /** Refuses attribute definitions that no key of the table or its indexes uses. */
    static void allDefinitionsUsed(Map<String, ScalarAttributeType> definitions, Set<String> used, boolean hasIndexes) {
        if (used.containsAll(definitions.keySet())) {
            return;
        }
        if (!hasIndexes) {
            throw Errors.invalidParameter("Number of attributes in KeySchema does not exactly match number of"
                    + " attributes defined in AttributeDefinitions");
        }
        throw Errors.invalidParameter("Some AttributeDefinitions are not used. AttributeDefinitions: "
                + List.copyOf(definitions.keySet()) + ", keys used: "
                + used.stream().sorted().collect(Collectors.toList()));
    }
}
